import { Select } from 'antd';
import { useDeferredValue, useState } from 'react';
import { useProjectList } from './useProjects';

interface ProjectsSelectProps {
  id?: string;
  value?: string[];
  onChange?: (value: string[]) => void;
  placeholder?: string;
}

/** Several project keys, searched on the server as the user types. */
export function ProjectsSelect({ id, value, onChange, placeholder }: ProjectsSelectProps) {
  const [search, setSearch] = useState('');
  const q = useDeferredValue(search);
  const { data, isFetching } = useProjectList({ q, page: 0, size: 20 });
  const options = (data?.content ?? []).map((project) => ({ value: project.key, label: `${project.key} · ${project.name}` }));
  return (
    <Select
      id={id}
      mode="multiple"
      value={value}
      onChange={onChange}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      loading={isFetching}
      options={options}
      placeholder={placeholder}
    />
  );
}
