import type { LegalCitation } from '@gk/core';
import { formatCitation } from '@gk/core';
import type { Child } from 'hono/jsx';

/** A table whose first column heads each row: column headers `scope="col"`, row headers `scope="row"`. */
export const DataTable = ({
  caption,
  columns,
  rows,
}: {
  caption?: Child;
  columns: readonly string[];
  rows: readonly (readonly Child[])[];
}) => (
  <table>
    {caption === undefined ? null : <caption>{caption}</caption>}
    <thead>
      <tr>
        {columns.map((column) => (
          <th scope="col">{column}</th>
        ))}
      </tr>
    </thead>
    <tbody>
      {rows.map(([head, ...cells]) => (
        <tr>
          <th scope="row">{head}</th>
          {cells.map((cell) => (
            <td>{cell}</td>
          ))}
        </tr>
      ))}
    </tbody>
  </table>
);

/** A form's main button on its own line. */
export const SubmitRow = ({ children }: { children: Child }) => (
  <p>
    <button class="primary" type="submit">
      {children}
    </button>
  </p>
);

/** The articles a rule applies, after it: （《政府信息公开条例》第三十三条第二款）. */
export const Cite = ({ citations }: { citations: readonly LegalCitation[] }) =>
  citations.length === 0 ? null : <span class="muted">（{citations.map((c) => formatCitation(c)).join('、')}）</span>;

/** A provision without its law's title, for a text that has named the law: 第三十一条第（三）项. */
export const provision = (citation: LegalCitation): string => formatCitation(citation, { provisionOnly: true });
