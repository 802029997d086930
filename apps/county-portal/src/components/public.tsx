// Pieces of the public pages.
import type { Catalogue, CatalogueItem } from '@gk/catalogue-schema';
import { itemName } from '@gk/catalogue-schema';
import { catalogueItemKey } from '@gk/publication';
import { DataTable } from '../components/common.js';

/** A catalogue's items as a table: matter, content, basis, time limit, publisher, channels. */
export const CatalogueTable = ({
  items,
  catalogues,
  published,
  base = '',
}: {
  items: readonly { catalogue: Catalogue; item: CatalogueItem }[];
  catalogues?: boolean;
  /** How many publications each item has (by `catalogueItemKey`): adds a column linking to them. */
  published?: ReadonlyMap<string, number>;
  /** The agency's pages' address prefix (`AgencyData.base`). */
  base?: string;
}) => (
  <DataTable
    columns={[
      '公开事项',
      ...(catalogues === true ? ['领域'] : []),
      '公开内容（要素）',
      '公开时限',
      '公开主体',
      '公开渠道和载体',
      ...(published === undefined ? [] : ['已公开的信息']),
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
      ...(published === undefined
        ? []
        : [
            (published.get(catalogueItemKey(catalogue, item)) ?? 0) === 0 ? (
              '暂无'
            ) : (
              <a href={`${base}/info?item=${encodeURIComponent(catalogueItemKey(catalogue, item))}`}>
                {published.get(catalogueItemKey(catalogue, item))} 条
              </a>
            ),
          ]),
    ])}
  />
);
