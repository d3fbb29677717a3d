import {memo, useId, type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import useBaseUrl from '@docusaurus/useBaseUrl';
import type {Integration} from '@site/src/data/integrations/model';
import IntegrationFacts from '@site/src/components/IntegrationFacts';
import styles from './styles.module.css';

export interface IntegrationTileProps {
  readonly integration: Integration;
  /** Hidden tiles stay in the page so filtering never re-creates them. */
  readonly hidden?: boolean;
}

function TileBody({
  integration,
  nameId,
  factsId,
}: {
  integration: Integration;
  nameId: string;
  factsId: string;
}) {
  return (
    <>
      <img
        className={styles.logo}
        src={useBaseUrl(integration.logo)}
        alt=""
        width={48}
        height={48}
        loading="lazy"
      />
      <span className={styles.text}>
        <span id={nameId} className={styles.name}>
          {integration.name}
        </span>
        <IntegrationFacts integration={integration} id={factsId} />
      </span>
    </>
  );
}

/**
 * One software. With a guide, the whole tile is a single link named after the
 * software and described by its facts; without one (file upload) it is a card.
 */
function IntegrationTile({integration, hidden = false}: IntegrationTileProps): ReactNode {
  const nameId = useId();
  const factsId = useId();
  return (
    <li className={styles.item} hidden={hidden} data-integration={integration.id}>
      {integration.guide ? (
        <Link
          to={integration.guide}
          className={styles.tile}
          aria-labelledby={nameId}
          aria-describedby={factsId}>
          <TileBody integration={integration} nameId={nameId} factsId={factsId} />
        </Link>
      ) : (
        <div className={styles.tile}>
          <TileBody integration={integration} nameId={nameId} factsId={factsId} />
        </div>
      )}
    </li>
  );
}

export default memo(IntegrationTile);
