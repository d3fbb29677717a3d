import {render, screen} from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import CopyButton from '.';

function renderButton() {
  render(
    <CopyButton
      getText={() => 'https://docs.example.test/fr/guide#step'}
      label="Copy link"
      copiedMessage="Link copied"
    />,
  );
}

describe('CopyButton', () => {
  it('puts the text on the clipboard and announces it', async () => {
    const user = userEvent.setup();
    renderButton();
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
    await user.click(screen.getByRole('button', {name: 'Copy link'}));
    expect(await screen.findByText('Link copied')).toHaveAttribute('role', 'status');
    expect(await navigator.clipboard.readText()).toBe('https://docs.example.test/fr/guide#step');
  });

  it('works from the keyboard', async () => {
    const user = userEvent.setup();
    renderButton();
    await user.tab();
    expect(screen.getByRole('button', {name: 'Copy link'})).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(await navigator.clipboard.readText()).toBe('https://docs.example.test/fr/guide#step');
  });

  it('shows the text selected when the browser refuses the clipboard', async () => {
    const user = userEvent.setup();
    renderButton();
    const refuse = vi
      .spyOn(navigator.clipboard, 'writeText')
      .mockRejectedValue(new DOMException('denied', 'NotAllowedError'));
    await user.click(screen.getByRole('button', {name: 'Copy link'}));
    const field = await screen.findByRole('textbox', {name: 'Copy link'});
    expect(field).toHaveValue('https://docs.example.test/fr/guide#step');
    expect(field).toHaveFocus();
    const input = field as HTMLInputElement;
    expect([input.selectionStart, input.selectionEnd]).toEqual([0, input.value.length]);
    expect(screen.getByRole('status')).toHaveTextContent(/press Ctrl\+C/);
    refuse.mockRestore();
  });
});
