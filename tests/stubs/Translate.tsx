import type {ReactNode} from 'react';
import {lookUpMessage} from './locale';

type Values = Record<string, ReactNode>;

function interpolate(message: string, values?: Values): string {
  return message.replace(/\{(\w+)\}/g, (whole, name: string) =>
    values && name in values ? String(values[name]) : whole,
  );
}

export function translate(
  {id, message}: {id?: string; message: string; description?: string},
  values?: Values,
): string {
  return interpolate(lookUpMessage(id ?? message, message), values);
}

export default function Translate({
  id,
  children,
  values,
}: {
  id?: string;
  children: string;
  values?: Values;
  description?: string;
}): ReactNode {
  return interpolate(lookUpMessage(id ?? children, children), values);
}
