import { Table } from 'antd';
import type { TableColumnsType, TableProps } from 'antd';
import type { ApiError } from '../api/ApiError';
import type { Paged } from '../api/paged';
import { tablePagination } from './pagination';
import { QueryError } from './QueryError';

/** The part of a list query's result a paged table shows; TanStack Query's `useQuery` result has it. */
export interface PagedQueryResult<T> {
  data?: Paged<T>;
  error: ApiError | null;
  isFetching: boolean;
}

export interface PagedTableProps<T> {
  /** The list's name in its load error: "<what> could not be loaded". */
  what: string;
  /** data-testid of the table. */
  tableTestId: string;
  rowKey: Extract<keyof T, string>;
  columns: TableColumnsType<T>;
  query: PagedQueryResult<T>;
  /** Gets the 0-based page and the page size the user picked. */
  onPageChange: (page: number, size: number) => void;
  expandable?: TableProps<T>['expandable'];
}

/**
 * A server-paged list: why it could not be loaded, if so, then the table of the current page.
 * Renders the two side by side, so put it in a vertical `Flex`.
 */
export function PagedTable<T extends object>({ what, tableTestId, rowKey, columns, query, onPageChange, expandable }: PagedTableProps<T>) {
  return (
    <>
      <QueryError error={query.error} what={what} />
      <Table<T>
        data-testid={tableTestId}
        rowKey={rowKey}
        columns={columns}
        dataSource={query.data?.content}
        loading={query.isFetching}
        pagination={tablePagination(query.data?.page, onPageChange)}
        expandable={expandable}
      />
    </>
  );
}
