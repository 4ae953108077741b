import { describe, expect, it, vi } from 'vitest';
import { tablePagination } from './pagination';

describe('tablePagination', () => {
  it('turns the 0-based Spring page into antd’s 1-based one', () => {
    const pagination = tablePagination({ size: 20, number: 2, totalElements: 45, totalPages: 3 }, vi.fn());

    expect(pagination).toMatchObject({ current: 3, pageSize: 20, total: 45 });
  });

  it('reports a change as a 0-based page', () => {
    const onChange = vi.fn();

    tablePagination({ size: 20, number: 0, totalElements: 45, totalPages: 3 }, onChange).onChange?.(2, 50);

    expect(onChange).toHaveBeenCalledWith(1, 50);
  });

  it('starts at the first page while nothing is loaded', () => {
    expect(tablePagination(undefined, vi.fn())).toMatchObject({ current: 1, total: 0 });
  });
});
