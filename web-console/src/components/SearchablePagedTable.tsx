import { Flex, Input } from 'antd';
import type { ReactNode } from 'react';
import { PagedTable, type PagedTableProps } from './PagedTable';

interface SearchablePagedTableProps<T> extends PagedTableProps<T> {
  searchPlaceholder: string;
  /** data-testid of the search box. */
  searchTestId: string;
  /** Gets the text searched for; clearing the box searches for ''. */
  onSearch: (q: string) => void;
  /**
   * Shown at the right of the search box, e.g. a "New …" button. When the prop is given at all
   * (even `false`, for a button the user may not see), the search box and it share a row.
   */
  actions?: ReactNode;
}

/** A search box above a server-paged list (see `PagedTable`). */
export function SearchablePagedTable<T extends object>({ searchPlaceholder, searchTestId, onSearch, actions, ...table }: SearchablePagedTableProps<T>) {
  const searchBox = <Input.Search placeholder={searchPlaceholder} allowClear onSearch={onSearch} style={{ maxWidth: 360 }} data-testid={searchTestId} />;
  return (
    <Flex vertical gap="middle">
      {actions === undefined ? (
        searchBox
      ) : (
        <Flex justify="space-between" gap="middle">
          {searchBox}
          {actions}
        </Flex>
      )}
      <PagedTable<T> {...table} />
    </Flex>
  );
}
