import {render, screen, within} from '@testing-library/react';
import {BrowserRouter, MemoryRouter} from 'react-router-dom';
import {hasGuide} from '@site/src/data/paths';
import type {Notice} from '@site/src/data/schema';
import {publishContent} from '@site/src/plugins/integrations/publish';
import {registry} from '@site/tests/registry';
import IntegrationGuideHeader from '@site/src/components/IntegrationGuide/Header';
import {IntegrationsList} from '@site/src/components/Integrations/IntegrationsList';
import {StartGuideAnswers} from '@site/src/components/StartGuide/Questions';

const today = '2026-12-06';
const software = registry.integrations.find(hasGuide)!;
const source = software.verified!.sources[0]!;

const notice = (id: string, start: string, end?: string): Notice => ({
  id,
  text: {en: `Notice ${id}.`, fr: `Avis ${id}.`},
  start,
  ...(end && {end}),
  reviewBy: '2027-01-31',
  sources: [source],
});

/** The site's data with notices on one software: one active, one not yet, one over. */
const content = publishContent(
  {
    ...registry,
    integrations: registry.integrations.map((entry) =>
      entry.id === software.id
        ? {
            ...entry,
            notices: [
              notice('active', '2026-12-01'),
              notice('not-yet', '2026-12-20'),
              notice('over', '2026-11-01', '2026-11-30'),
            ],
          }
        : entry,
    ),
  },
  'en',
  'en',
  today,
);

function expectOnlyTheActiveNotice(container: HTMLElement) {
  expect(container).toHaveTextContent('Known issue since December 1, 2026: Notice active.');
  expect(container).not.toHaveTextContent('Notice not-yet.');
  expect(container).not.toHaveTextContent('Notice over.');
}

describe('known issues', () => {
  it('show on the guide while active, with their source', () => {
    render(
      <MemoryRouter>
        <IntegrationGuideHeader guide={content.guides.find(({id}) => id === software.id)!} />
      </MemoryRouter>,
    );
    const note = screen.getByRole('note');
    expectOnlyTheActiveNotice(note);
    expect(within(note).getAllByRole('link').length).toBeGreaterThan(0);
  });

  it('show on the tile of the catalog', () => {
    render(
      <BrowserRouter>
        <IntegrationsList catalog={content.catalog} method="direct" />
      </BrowserRouter>,
    );
    const tile = document.querySelector<HTMLElement>(`[data-integration="${software.id}"]`)!;
    expectOnlyTheActiveNotice(tile);
  });

  it('show in the answer block of the start page', () => {
    render(<StartGuideAnswers software={content.catalog.filter(hasGuide)} />);
    const block = screen.getByRole('heading', {level: 3, name: software.name}).closest('section')!;
    expectOnlyTheActiveNotice(block);
  });
});
