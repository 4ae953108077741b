import type { TablePaginationConfig } from 'antd';
import type { PageMetadata } from '../api/paged';

/** antd's 1-based table pagination for a Spring page; `onChange` gets the 0-based page. */
export function tablePagination(page: PageMetadata | undefined, onChange: (page: number, size: number) => void): TablePaginationConfig {
  return {
    current: (page?.number ?? 0) + 1,
    pageSize: page?.size,
    total: page?.totalElements ?? 0,
    showSizeChanger: true,
    pageSizeOptions: [10, 20, 50, 100, 200],
    showTotal: (total) => `${total} in all`,
    onChange: (current, size) => onChange(current - 1, size),
  };
}
