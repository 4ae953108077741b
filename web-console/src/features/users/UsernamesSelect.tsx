import { Select } from 'antd';
import { useDeferredValue, useState } from 'react';
import { useUserList } from './useUsers';

interface UsernamesSelectProps {
  id?: string;
  value?: string[];
  onChange?: (value: string[]) => void;
}

/** Several user or service account names: pick from matching users or type any name. */
export function UsernamesSelect({ id, value, onChange }: UsernamesSelectProps) {
  const [search, setSearch] = useState('');
  const q = useDeferredValue(search);
  const { data } = useUserList({ q, page: 0, size: 10 });
  const options = (data?.content ?? []).map((user) => ({ value: user.username, label: user.username }));
  return (
    <Select
      id={id}
      mode="tags"
      value={value}
      onChange={onChange}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      options={options}
      tokenSeparators={[',', ' ']}
      placeholder="usernames"
    />
  );
}
