/** A text in Dutch (first) and English. */
export interface Bilingual {
  readonly nl: string;
  readonly en: string;
}

/** The four target groups of the programme's overview ("overzichtsplaat"). */
export const targetGroups = ['student', 'docent', 'instelling', 'bestuurder'] as const;
export type TargetGroup = (typeof targetGroups)[number];

export const targetGroupNames: Readonly<Record<TargetGroup, Bilingual>> = {
  student: { nl: 'Student', en: 'Student' },
  docent: { nl: 'Docent', en: 'Teacher' },
  instelling: { nl: 'Instelling', en: 'Institution' },
  bestuurder: { nl: 'Bestuurder', en: 'Executive' },
};

/** A product of the programme: what the platform offers, for whom. */
export interface Product {
  readonly code: string;
  readonly name: Bilingual;
  readonly description: Bilingual;
  /** The platform module that delivers it, if any. */
  readonly module: string | null;
  /** Where in the web app it lives. */
  readonly path: string | null;
  readonly targetGroups: readonly TargetGroup[];
}

/** A theme of the programme with its products. */
export interface Theme {
  readonly code: string;
  readonly name: Bilingual;
  readonly description: Bilingual;
  readonly products: readonly Product[];
}

/** A product as shown: available when a module of this platform delivers it. */
export interface ProductView extends Product {
  readonly available: boolean;
}

/** A theme as shown, with its products' availability. */
export interface ThemeView extends Omit<Theme, 'products'> {
  readonly products: ProductView[];
}

/** Marks each product available or not, given the products the running modules deliver. */
export function withAvailability(themes: readonly Theme[], delivered: ReadonlySet<string>): ThemeView[] {
  return themes.map((theme) => ({ ...theme, products: theme.products.map((p) => ({ ...p, available: delivered.has(p.code) })) }));
}
