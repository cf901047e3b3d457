import type { RoleGrant } from '../../access/principal.js';
import type { DemoAccount } from './demo-accounts.js';

const roleLabels: Readonly<Record<RoleGrant['role'], string>> = {
  learner: 'Student',
  teacher: 'Docent',
  mentor: 'Mentor / studieloopbaanbegeleider',
  catalog_editor: 'Redacteur onderwijscatalogus',
  credential_issuer: 'Uitgever microcredentials',
  logistics_planner: 'Planner onderwijslogistiek',
  institution_admin: 'Beheerder instelling',
  team_lead: 'Aanvoerder themateam',
  liaison: 'Verbinder',
  team_member: 'Teamlid',
  team_secretary: 'Teamsecretaris',
  executive_sponsor: 'Bestuurlijk trekker',
  programme_manager: 'Programmamanager',
  steering_group: 'Stuurgroep',
  platform_admin: 'Platformbeheerder',
};

function esc(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Dutch label of a role. */
export function roleLabel(role: RoleGrant['role']): string {
  return roleLabels[role];
}

/** The demo identity provider's account picker: plain HTML, no script, one button per account. */
export function renderDemoLoginPage(options: {
  readonly action: string;
  readonly accounts: readonly DemoAccount[];
  readonly hint: string | undefined;
  readonly scopeNames: ReadonlyMap<string, string>;
}): string {
  const items = options.accounts
    .map((a) => {
      const roles = [
        ...new Set(
          a.grants.map((g) =>
            g.scopeId && options.scopeNames.get(g.scopeId)
              ? `${roleLabel(g.role)} (${options.scopeNames.get(g.scopeId)})`
              : roleLabel(g.role),
          ),
        ),
      ];
      const hinted = a.subject === options.hint;
      return `<li${hinted ? ' class="hinted"' : ''}><button type="submit" name="account" value="${esc(a.subject)}"${hinted ? ' autofocus' : ''}><span class="name">${esc(a.name)}</span><span class="roles">${esc(roles.join(' · ') || 'Geen rollen')}</span></button></li>`;
    })
    .join('');
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Demo-inlogdienst — Doorpakken</title>
<link rel="stylesheet" href="/demo-login/demo.css">
</head>
<body>
<header class="banner" role="banner"><strong>DEMO</strong> Dit is de demo-inlogdienst van Doorpakken. Er wordt geen wachtwoord gevraagd; gebruik dit nooit voor echte gegevens.</header>
<main>
<h1>Kies een demo-account</h1>
<p>In productie log je in via SURFconext of eduID. Hier kies je een van de voorbeeldaccounts om te zien wat elke rol in het platform kan.</p>
<form method="post" action="${esc(options.action)}">
<ul class="accounts">${items}</ul>
</form>
<form method="post" action="${esc(options.action)}/abort"><button type="submit" class="secondary">Annuleren</button></form>
</main>
</body>
</html>`;
}

/** Stylesheet of the account picker (served as a file so the page needs no inline styles). */
export const demoLoginCss = `
*{box-sizing:border-box}body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1a1a1a;background:#f5f6f8;line-height:1.5}
.banner{background:#7a2e00;color:#fff;padding:.75rem 1rem}
main{max-width:46rem;margin:0 auto;padding:1rem}
h1{font-size:1.5rem}
.accounts{list-style:none;padding:0;display:grid;gap:.5rem}
.accounts button{width:100%;text-align:left;padding:.75rem 1rem;border:2px solid #c8ccd2;border-radius:.5rem;background:#fff;cursor:pointer;font:inherit;display:flex;flex-direction:column}
.accounts button:hover{border-color:#0b5394}
.accounts button:focus-visible,.secondary:focus-visible{outline:3px solid #0b5394;outline-offset:2px}
.hinted button{border-color:#0b5394;background:#eef4fb}
.name{font-weight:600}.roles{color:#3d4450;font-size:.95rem}
.secondary{margin-top:1rem;padding:.5rem 1rem;border:2px solid #3d4450;border-radius:.5rem;background:#fff;font:inherit;cursor:pointer}
`;
