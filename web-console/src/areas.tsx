import {
  AppstoreOutlined,
  AuditOutlined,
  BranchesOutlined,
  ClusterOutlined,
  DashboardOutlined,
  DesktopOutlined,
  EnvironmentOutlined,
  InboxOutlined,
  RocketOutlined,
  SettingOutlined,
  SwapOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import { NotBuiltYet } from './components/NotBuiltYet';
import { OverviewPage } from './features/overview/OverviewPage';

/** One entry of the console's navigation: a menu item, a route and the header title. */
export interface Area {
  path: string;
  title: string;
  icon: ReactNode;
  page: ReactNode;
}

function notBuilt(path: string, title: string, icon: ReactNode, notice: string, summary: string): Area {
  return { path, title, icon, page: <NotBuiltYet title={notice} summary={`This area will hold ${summary}.`} /> };
}

export const areas: Area[] = [
  { path: '/', title: 'Overview', icon: <DashboardOutlined />, page: <OverviewPage /> },
  notBuilt('/applications', 'Applications', <AppstoreOutlined />, 'Applications are not built yet', 'projects and applications'),
  notBuilt('/pipelines', 'Pipelines', <BranchesOutlined />, 'Pipelines are not built yet', 'CI pipeline definitions, runs, logs and quality gates'),
  notBuilt('/artifacts', 'Artifacts', <InboxOutlined />, 'Artifacts are not built yet', 'Maven and generic repositories with vulnerability and licence scanning'),
  notBuilt('/environments', 'Environments', <EnvironmentOutlined />, 'Environments are not built yet', 'environments, deployment units and application configuration'),
  notBuilt('/hosts', 'Hosts', <DesktopOutlined />, 'Hosts are not built yet', 'the host inventory and SSH operations'),
  notBuilt('/clusters', 'Clusters', <ClusterOutlined />, 'Clusters are not built yet', 'Kubernetes cluster registrations and workloads'),
  notBuilt('/releases', 'Releases', <RocketOutlined />, 'Releases are not built yet', 'releases with steps, approvals and rollbacks'),
  notBuilt('/traffic', 'Traffic & Lanes', <SwapOutlined />, 'Traffic & Lanes are not built yet', 'lanes and traffic policies for full-link gray releases'),
  notBuilt('/audit', 'Audit', <AuditOutlined />, 'Audit is not built yet', 'the hash-chained audit trail'),
  notBuilt('/admin', 'Administration', <SettingOutlined />, 'Administration is not built yet', 'users, service accounts and API tokens'),
];

/** The area a URL belongs to; nested paths such as `/releases/42` select their area. */
export function areaOf(pathname: string): Area | undefined {
  return areas.find((area) => (area.path === '/' ? pathname === '/' : pathname === area.path || pathname.startsWith(`${area.path}/`)));
}
