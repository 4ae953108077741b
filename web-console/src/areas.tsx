import {
  ApiOutlined,
  AuditOutlined,
  BranchesOutlined,
  ClusterOutlined,
  DashboardOutlined,
  DesktopOutlined,
  EnvironmentOutlined,
  InboxOutlined,
  ProjectOutlined,
  RobotOutlined,
  RocketOutlined,
  SwapOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import { NotBuiltYet } from './components/NotBuiltYet';
import { AuditTrailPage } from './features/audit/AuditTrailPage';
import { canManageUsers, canReadAudit, type Grants } from './features/auth/permissions';
import { OverviewPage } from './features/overview/OverviewPage';
import { ProjectListPage } from './features/projects/ProjectListPage';
import { ProjectPage } from './features/projects/ProjectPage';
import { ServiceAccountPage } from './features/service-accounts/ServiceAccountPage';
import { ServiceAccountsPage } from './features/service-accounts/ServiceAccountsPage';
import { TokensPage } from './features/tokens/TokensPage';
import { GatewayPage } from './features/traffic/policies/GatewayPage';
import { TrafficPage } from './features/traffic/TrafficPage';
import { UsersPage } from './features/users/UsersPage';

/** One entry of the console's navigation: a menu item, its routes and the header title. */
export interface Area {
  path: string;
  title: string;
  icon: ReactNode;
  page: ReactNode;
  /** Pages below `path`, with a path relative to it, e.g. `:key` for one project. */
  subpages?: { path: string; page: ReactNode }[];
  /** Who sees the area; every signed-in user when absent. The server enforces it either way. */
  visibleTo?: (grants: Grants) => boolean;
}

function notBuilt(path: string, title: string, icon: ReactNode, notice: string, summary: string): Area {
  return { path, title, icon, page: <NotBuiltYet title={notice} summary={`This area will hold ${summary}.`} /> };
}

export const areas: Area[] = [
  { path: '/', title: 'Overview', icon: <DashboardOutlined />, page: <OverviewPage /> },
  {
    path: '/projects',
    title: 'Projects',
    icon: <ProjectOutlined />,
    page: <ProjectListPage />,
    subpages: [{ path: ':key', page: <ProjectPage /> }],
  },
  notBuilt('/pipelines', 'Pipelines', <BranchesOutlined />, 'Pipelines are not built yet', 'CI pipeline definitions, runs, logs and quality gates'),
  notBuilt('/artifacts', 'Artifacts', <InboxOutlined />, 'Artifacts are not built yet', 'Maven and generic repositories with vulnerability and licence scanning'),
  notBuilt('/environments', 'Environments', <EnvironmentOutlined />, 'Environments are not built yet', 'environments, deployment units and application configuration'),
  notBuilt('/hosts', 'Hosts', <DesktopOutlined />, 'Hosts are not built yet', 'the host inventory and SSH operations'),
  notBuilt('/clusters', 'Clusters', <ClusterOutlined />, 'Clusters are not built yet', 'Kubernetes cluster registrations and workloads'),
  notBuilt('/releases', 'Releases', <RocketOutlined />, 'Releases are not built yet', 'releases with steps, approvals and rollbacks'),
  {
    path: '/traffic',
    title: 'Traffic & Lanes',
    icon: <SwapOutlined />,
    page: <TrafficPage />,
    subpages: [{ path: 'gateways/:gateway', page: <GatewayPage /> }],
  },
  { path: '/audit', title: 'Audit trail', icon: <AuditOutlined />, page: <AuditTrailPage />, visibleTo: canReadAudit },
  { path: '/users', title: 'Users', icon: <TeamOutlined />, page: <UsersPage />, visibleTo: canManageUsers },
  {
    path: '/service-accounts',
    title: 'Service accounts',
    icon: <RobotOutlined />,
    page: <ServiceAccountsPage />,
    subpages: [{ path: ':name', page: <ServiceAccountPage /> }],
    visibleTo: canManageUsers,
  },
  { path: '/tokens', title: 'API tokens', icon: <ApiOutlined />, page: <TokensPage /> },
];

export const isVisible = (area: Area, grants: Grants) => area.visibleTo?.(grants) ?? true;

/** The area a URL belongs to; nested paths such as `/projects/shop` select their area. */
export function areaOf(pathname: string): Area | undefined {
  return areas.find((area) => (area.path === '/' ? pathname === '/' : pathname === area.path || pathname.startsWith(`${area.path}/`)));
}
