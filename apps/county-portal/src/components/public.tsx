// Pieces of the public pages.
import type { Catalogue, CatalogueItem } from '@gk/catalogue-schema';
import { itemName } from '@gk/catalogue-schema';
import { DataTable } from '../components/common.js';

/** A catalogue's items as a table: matter, content, basis, time limit, publisher, channels. */
export const CatalogueTable = ({
  items,
  catalogues,
}: {
  items: readonly { catalogue: Catalogue; item: CatalogueItem }[];
  catalogues?: boolean;
}) => (
  <DataTable
    columns={[
      '公开事项',
      ...(catalogues === true ? ['领域'] : []),
      '公开内容（要素）',
      '公开时限',
      '公开主体',
      '公开渠道和载体',
    ]}
    rows={items.map(({ catalogue, item }) => [
      itemName(item),
      ...(catalogues === true ? [catalogue.header.domain] : []),
      item.contentElements.join('；'),
      item.timeLimit.text,
      item.publisher,
      item.channels
        .filter((c) => c.requirement === 'required')
        .map((c) => c.name)
        .join('、'),
    ])}
  />
);
