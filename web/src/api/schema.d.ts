/* Generated from openapi.json by `npm run openapi`; do not edit. */
export interface paths {
  '/problems': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List every problem type the API can return */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              code: string;
              status: number;
              title: string;
            }[];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/problems/{code}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Describe one problem type */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          code: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              type: string;
              code: string;
              status: number;
              title: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/oauth/token': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Exchange client credentials for an access token (RFC 6749 §4.4) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/x-www-form-urlencoded': {
            /** @enum {string} */
            grant_type: 'client_credentials';
            client_id?: string;
            client_secret?: string;
            scope?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              access_token: string;
              /** @enum {string} */
              token_type: 'Bearer';
              expires_in: number;
              scope: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/auth/login': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Start an OpenID Connect login (redirects to the identity provider) */
    get: {
      parameters: {
        query?: {
          returnTo?: string;
          login_hint?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/auth/callback': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Finish an OpenID Connect login */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/auth/logout': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** End the current session */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/session': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Who is logged in, their roles, and the CSRF token for changes */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Session'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/demo/accounts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The demo accounts offered by the demo identity provider (empty with a real issuer) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              subject: string;
              name: string;
              roles: {
                role: string;
                label: string;
                scopeName: string | null;
              }[];
            }[];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    SessionInput:
      | {
          /** @constant */
          authenticated: true;
          demoIdentityProvider: boolean;
          csrfToken: string;
          person: {
            id: string;
            name: string;
          };
          grants: {
            /** @enum {string} */
            role:
              | 'learner'
              | 'teacher'
              | 'mentor'
              | 'catalog_editor'
              | 'credential_issuer'
              | 'logistics_planner'
              | 'institution_admin'
              | 'team_lead'
              | 'liaison'
              | 'team_member'
              | 'team_secretary'
              | 'executive_sponsor'
              | 'programme_manager'
              | 'steering_group'
              | 'platform_admin';
            /** @enum {string} */
            scope: 'platform' | 'institution' | 'team';
            scopeId: string | null;
            scopeName: string | null;
          }[];
        }
      | {
          /** @constant */
          authenticated: false;
          demoIdentityProvider: boolean;
          csrfToken: string;
        };
    Session:
      | {
          /** @constant */
          authenticated: true;
          demoIdentityProvider: boolean;
          csrfToken: string;
          person: {
            id: string;
            name: string;
          };
          grants: {
            /** @enum {string} */
            role:
              | 'learner'
              | 'teacher'
              | 'mentor'
              | 'catalog_editor'
              | 'credential_issuer'
              | 'logistics_planner'
              | 'institution_admin'
              | 'team_lead'
              | 'liaison'
              | 'team_member'
              | 'team_secretary'
              | 'executive_sponsor'
              | 'programme_manager'
              | 'steering_group'
              | 'platform_admin';
            /** @enum {string} */
            scope: 'platform' | 'institution' | 'team';
            scopeId: string | null;
            scopeName: string | null;
          }[];
        }
      | {
          /** @constant */
          authenticated: false;
          demoIdentityProvider: boolean;
          csrfToken: string;
        };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
