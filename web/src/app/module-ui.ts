import type { RouteObject } from 'react-router';
import type { Session } from './session';

/** A link in the main navigation, shown when `visible` says so. */
export interface NavItem {
  /** Where it goes; may depend on the session (e.g. the own institution). */
  readonly to: string | ((session: Session | undefined) => string);
  /** Translation key in the module's namespace. */
  readonly label: string;
  readonly visible: (session: Session | undefined) => boolean;
  /** Lower comes first. */
  readonly order: number;
}

/** What a role can do, shown on the person's own page. */
export interface RoleCard {
  /** Target page; `scopeId` is the institution or team of the grant. */
  readonly to: (scopeId: string | null) => string;
  /** Translation keys in the module's namespace. */
  readonly title: string;
  readonly body: string;
}

/** Translations of one module, Dutch first. */
export interface Translations {
  readonly nl: Record<string, unknown>;
  readonly en: Record<string, unknown>;
}

/** One module's part of the web app: pages, navigation, role cards and texts. */
export interface ModuleUi {
  /** Also the i18next namespace of its texts. */
  readonly name: string;
  readonly routes: RouteObject[];
  readonly nav?: readonly NavItem[];
  readonly roleCards?: Readonly<Record<string, readonly RoleCard[]>>;
  readonly i18n: Translations;
}
