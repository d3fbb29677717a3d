import {Fragment, isValidElement, type ReactNode} from 'react';
import {lookUpMessage} from './locale';

type Values = Record<string, ReactNode>;

/** Like Docusaurus's interpolate: placeholders may be replaced by strings or elements. */
function interpolate(message: string, values?: Values): ReactNode {
  const parts = message.split(/(\{\w+\})/g).map((part, index) => {
    const name = /^\{(\w+)\}$/.exec(part)?.[1];
    if (name === undefined || !values || !(name in values)) return part;
    const value = values[name];
    return isValidElement(value) ? <Fragment key={index}>{value}</Fragment> : String(value);
  });
  return parts.every((part) => typeof part === 'string') ? parts.join('') : parts;
}

export function translate(
  {id, message}: {id?: string; message: string; description?: string},
  values?: Record<string, string | number>,
): string {
  return interpolate(lookUpMessage(id ?? message, message), values) as string;
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
