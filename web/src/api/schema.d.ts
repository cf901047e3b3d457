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
  '/api/me/audit-events': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The audit trail of my own data (who did what, when), newest first */
    get: {
      parameters: {
        query?: {
          limit?: number;
          /** @description Id of the last event of the previous page */
          after?: string;
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
          content: {
            'application/json': {
              items: {
                id: string;
                occurredAt: string;
                actorType: string;
                action: string;
                subjectType: string;
                institutionId: string | null;
              }[];
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
  '/api/reference/qualifications': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Kwalificaties, filtered and paged */
    get: {
      parameters: {
        query?: {
          /** @description Page number, from 1 */
          page?: number;
          /** @description Items per page (1–100) */
          pageSize?: number;
          /** @description Part of the title, dossier title or crebo */
          q?: string;
          niveau?: number;
          domain?: string;
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
          content: {
            'application/json': {
              items: {
                /** Format: uuid */
                id: string;
                crebo: string;
                title: string;
                niveau: number;
                domain: string;
                dossier: {
                  crebo: string;
                  title: string;
                };
                validFrom: string | null;
                validUntil: string | null;
                /** @description True for demo data whose details are not verified against SBB */
                isDemo: boolean;
              }[];
              /** @description Items matching the filters, on all pages */
              total: number;
              page: number;
              pageSize: number;
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
  '/api/reference/qualifications/{crebo}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One kwalificatie with its core tasks, work processes and fitting keuzedelen */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          crebo: string;
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
              /** Format: uuid */
              id: string;
              crebo: string;
              title: string;
              niveau: number;
              domain: string;
              dossier: {
                crebo: string;
                title: string;
              };
              validFrom: string | null;
              validUntil: string | null;
              /** @description True for demo data whose details are not verified against SBB */
              isDemo: boolean;
              coreTasks: {
                code: string;
                title: string;
                workProcesses: {
                  code: string;
                  title: string;
                }[];
              }[];
              electives: {
                /** Format: uuid */
                id: string;
                code: string;
                title: string;
                /** @description Study load in hours (studiebelastingsuren), a multiple of 240 */
                sbu: number;
                niveau: number | null;
                validFrom: string | null;
                isDemo: boolean;
              }[];
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
  '/api/reference/electives': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Keuzedelen, filtered and paged */
    get: {
      parameters: {
        query?: {
          /** @description Page number, from 1 */
          page?: number;
          /** @description Items per page (1–100) */
          pageSize?: number;
          /** @description Part of the title or code */
          q?: string;
          niveau?: number;
          sbu?: number;
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
          content: {
            'application/json': {
              items: {
                /** Format: uuid */
                id: string;
                code: string;
                title: string;
                /** @description Study load in hours (studiebelastingsuren), a multiple of 240 */
                sbu: number;
                niveau: number | null;
                validFrom: string | null;
                isDemo: boolean;
              }[];
              /** @description Items matching the filters, on all pages */
              total: number;
              page: number;
              pageSize: number;
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
  '/api/reference/electives/{code}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One keuzedeel with the kwalificaties it fits */
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
              /** Format: uuid */
              id: string;
              code: string;
              title: string;
              /** @description Study load in hours (studiebelastingsuren), a multiple of 240 */
              sbu: number;
              niveau: number | null;
              validFrom: string | null;
              isDemo: boolean;
              qualifications: {
                /** Format: uuid */
                id: string;
                crebo: string;
                title: string;
                niveau: number;
                domain: string;
                dossier: {
                  crebo: string;
                  title: string;
                };
                validFrom: string | null;
                validUntil: string | null;
                /** @description True for demo data whose details are not verified against SBB */
                isDemo: boolean;
              }[];
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
  '/api/reference/domains': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The domains of the qualification structure, with the number of kwalificaties in each */
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
              domain: string;
              qualifications: number;
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
  '/api/reference/institutions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Institutions with their locations */
    get: {
      parameters: {
        query?: {
          /** @description Part of the name, code or city */
          q?: string;
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
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** @description RIO onderwijsaanbiedercode */
              code: string;
              name: string;
              shortName: string | null;
              city: string | null;
              website: string | null;
              isDemo: boolean;
              locations: {
                /** Format: uuid */
                id: string;
                /** @description RIO onderwijslocatiecode */
                code: string;
                name: string;
                street: string | null;
                postcode: string | null;
                city: string;
                province: string;
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
  '/api/reference/institutions/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One institution with its locations */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
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
              /** Format: uuid */
              id: string;
              /** @description RIO onderwijsaanbiedercode */
              code: string;
              name: string;
              shortName: string | null;
              city: string | null;
              website: string | null;
              isDemo: boolean;
              locations: {
                /** Format: uuid */
                id: string;
                /** @description RIO onderwijslocatiecode */
                code: string;
                name: string;
                street: string | null;
                postcode: string | null;
                city: string;
                province: string;
              }[];
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
  '/api/reference/imports': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Import reference data from CSV (one kind per file) or JSON; with dryRun=true, a preview that writes nothing
     * @description Every row is checked before anything is written. When any row is wrong the answer is 422 with an `errors` list (row, field, code, message) and nothing is written. Importing the same file twice changes nothing the second time.
     */
    post: {
      parameters: {
        query?: {
          /** @description Kind of records in a CSV file or JSON list */
          kind?:
            'institutions' | 'locations' | 'qualifications' | 'core-tasks' | 'work-processes' | 'electives' | 'qualification-electives';
          dryRun?: 'true' | 'false';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'text/csv': unknown;
          'application/json': unknown;
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
              dryRun: boolean;
              rows: number;
              counts: {
                institutions: {
                  created: number;
                  updated: number;
                  unchanged: number;
                };
                locations: {
                  created: number;
                  updated: number;
                  unchanged: number;
                };
                qualifications: {
                  created: number;
                  updated: number;
                  unchanged: number;
                };
                'core-tasks': {
                  created: number;
                  updated: number;
                  unchanged: number;
                };
                'work-processes': {
                  created: number;
                  updated: number;
                  unchanged: number;
                };
                electives: {
                  created: number;
                  updated: number;
                  unchanged: number;
                };
                'qualification-electives': {
                  created: number;
                  updated: number;
                  unchanged: number;
                };
              };
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
  '/api/reference/imports/templates/{kind}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A CSV template (header and one example row) for one kind of reference record */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          kind: 'institutions' | 'locations' | 'qualifications' | 'core-tasks' | 'work-processes' | 'electives' | 'qualification-electives';
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
  '/api/institutions/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** An institution's administrative record (staff, its own systems and platform administrators) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
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
              /** Format: uuid */
              id: string;
              code: string;
              name: string;
              shortName: string | null;
              city: string | null;
              website: string | null;
              contactEmail: string | null;
              isDemo: boolean;
              updatedAt: string;
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
    /** Change an institution's name, website or contact address */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            name?: string;
            shortName?: string | null;
            city?: string | null;
            website?: string | null;
            contactEmail?: string | null;
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
              changed: string[];
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/institutions/{id}/staff': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Everyone holding a role at the institution */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
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
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              personId: string;
              name: string;
              email: string | null;
              role: string;
              createdAt: string;
            }[];
          };
        };
      };
    };
    put?: never;
    /** Give a person (found by the e-mail address they logged in with) a role at the institution */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: email */
            email: string;
            /** @enum {string} */
            role: 'learner' | 'teacher' | 'mentor' | 'catalog_editor' | 'credential_issuer' | 'logistics_planner' | 'institution_admin';
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              personId: string;
              name: string;
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
  '/api/institutions/{id}/staff/{assignmentId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Take a role at the institution away */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          assignmentId: string;
        };
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
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/institutions/{id}/api-clients': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The institution's machine clients (OAuth2 client credentials), without secrets */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
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
              /** Format: uuid */
              id: string;
              clientId: string;
              name: string;
              scopes: string[];
              createdAt: string;
              revokedAt: string | null;
            }[];
          };
        };
      };
    };
    put?: never;
    /** Register a system of the institution; the answer holds the client secret, shown only this once */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            name: string;
            scopes: ('catalog:write' | 'credentials:issue' | 'dossier:write' | 'logistics:write' | 'read')[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              clientId: string;
              clientSecret: string;
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
  '/api/institutions/{id}/api-clients/{clientRecordId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Revoke a machine client; its tokens stop working within 30 seconds */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          clientRecordId: string;
        };
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
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/programme/overview': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The programme's themes and which products serve which target group */
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
              targetGroups: {
                /** @enum {string} */
                code: 'student' | 'docent' | 'instelling' | 'bestuurder';
                name: {
                  nl: string;
                  en: string;
                };
              }[];
              themes: {
                code: string;
                name: {
                  nl: string;
                  en: string;
                };
                description: {
                  nl: string;
                  en: string;
                };
                products: {
                  code: string;
                  name: {
                    nl: string;
                    en: string;
                  };
                  description: {
                    nl: string;
                    en: string;
                  };
                  module: string | null;
                  path: string | null;
                  targetGroups: ('student' | 'docent' | 'instelling' | 'bestuurder')[];
                  /** @description True when this platform already delivers the product */
                  available: boolean;
                }[];
              }[];
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
  '/api/programme/teams': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The programme's theme teams */
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
              /** Format: uuid */
              id: string;
              code: string;
              name: {
                nl: string;
                en: string;
              };
              themeCode: string | null;
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
  '/api/programme/teams/{id}/members': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A team's members and their roles */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
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
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              personId: string;
              name: string;
              email: string | null;
              role: string;
              createdAt: string;
            }[];
          };
        };
      };
    };
    put?: never;
    /** Give a person (found by the e-mail address they logged in with) a role in a team */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: email */
            email: string;
            /** @enum {string} */
            role: 'team_lead' | 'liaison' | 'team_member' | 'team_secretary' | 'executive_sponsor';
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              personId: string;
              name: string;
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
  '/api/programme/teams/{id}/members/{assignmentId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Take a role in a team away */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          assignmentId: string;
        };
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
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/catalog/workspace/{institutionId}/programmes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The institution's programmes, newest change first */
    get: {
      parameters: {
        query?: {
          /** @description Page number, from 1 */
          page?: number;
          /** @description Items per page (1–100) */
          pageSize?: number;
          status?: 'draft' | 'published' | 'retired';
          /** @description Part of the title or code */
          q?: string;
        };
        header?: never;
        path: {
          institutionId: string;
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
              items: {
                /** Format: uuid */
                id: string;
                code: string;
                /** @description Title, name or (for offerings) code */
                label: string;
                /** @enum {string} */
                status: 'draft' | 'published' | 'retired';
                version: number;
                hasPendingChanges: boolean;
                updatedAt: string;
                isDemo: boolean;
              }[];
              /** @description Items matching the filters, on all pages */
              total: number;
              page: number;
              pageSize: number;
            };
          };
        };
      };
    };
    put?: never;
    /** Create a draft (programmes) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          institutionId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            code: string;
            title: string;
            description?: string | null;
            crebo: string;
            /** @enum {string} */
            leerweg: 'BOL' | 'BBL';
            niveau: number;
            durationMonths?: number | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
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
  '/api/catalog/workspace/{institutionId}/programmes/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One of the institution's programmes: working copy, published version and what blocks publishing */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          institutionId: string;
          id: string;
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
              /** Format: uuid */
              id: string;
              /** @enum {string} */
              status: 'draft' | 'published' | 'retired';
              version: number;
              /** @description The working copy: pending changes when there are any, else what is stored */
              content: {
                code: string;
                title: string;
                description?: string | null;
                crebo: string;
                /** @enum {string} */
                leerweg: 'BOL' | 'BBL';
                niveau: number;
                durationMonths?: number | null;
              };
              /** @description What learners see now (null for drafts and sessions) */
              published: {
                code: string;
                title: string;
                description?: string | null;
                crebo: string;
                /** @enum {string} */
                leerweg: 'BOL' | 'BBL';
                niveau: number;
                durationMonths?: number | null;
              } | null;
              hasPendingChanges: boolean;
              publishedAt: string | null;
              retiredAt: string | null;
              updatedAt: string;
              /** @description What stops the working copy from being published */
              problems: {
                field: string;
                code: string;
                params?: {
                  [key: string]: string | number;
                };
              }[];
              /** @description How the unit breaks the agreed standard (units only) */
              standardIssues: {
                ruleset: string;
                rulesetVersion: number;
                rule: string;
                params: {
                  [key: string]: string | number;
                };
              }[];
              isDemo: boolean;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    /** Delete a draft that was never published (published items are retired) */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          institutionId: string;
          id: string;
        };
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
    options?: never;
    head?: never;
    /** Change one of the institution's programmes (a published item keeps its changes pending until published) */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          institutionId: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            code?: string;
            title?: string;
            description?: string | null;
            crebo?: string;
            /** @enum {string} */
            leerweg?: 'BOL' | 'BBL';
            niveau?: number;
            durationMonths?: number | null;
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
              /** @enum {string} */
              status: 'draft' | 'published' | 'retired';
              pending: boolean;
              changed: string[];
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/catalog/workspace/{institutionId}/programmes/{id}/publish': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Publish a draft or the pending changes (programmes) as a new version */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          institutionId: string;
          id: string;
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
              version: number;
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
  '/api/catalog/workspace/{institutionId}/programmes/{id}/retire': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Retire a published item (programmes); it leaves search and the OEAPI lists but keeps its history */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          institutionId: string;
          id: string;
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
              retiredOfferings: number;
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
  '/api/catalog/workspace/{institutionId}/programmes/{id}/history': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The published versions of an item (programmes), newest first */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          institutionId: string;
          id: string;
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
              version: number;
              action: string;
              actorType: string;
              at: string;
              content: {
                [key: string]: unknown;
              };
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
  '/api/catalog/workspace/{institutionId}/units': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The institution's units, newest change first */
    get: {
      parameters: {
        query?: {
          /** @description Page number, from 1 */
          page?: number;
          /** @description Items per page (1–100) */
          pageSize?: number;
          status?: 'draft' | 'published' | 'retired';
          /** @description Part of the title or code */
          q?: string;
        };
        header?: never;
        path: {
          institutionId: string;
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
              items: {
                /** Format: uuid */
                id: string;
                code: string;
                /** @description Title, name or (for offerings) code */
                label: string;
                /** @enum {string} */
                status: 'draft' | 'published' | 'retired';
                version: number;
                hasPendingChanges: boolean;
                updatedAt: string;
                isDemo: boolean;
              }[];
              /** @description Items matching the filters, on all pages */
              total: number;
              page: number;
              pageSize: number;
            };
          };
        };
      };
    };
    put?: never;
    /** Create a draft (units) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          institutionId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            code: string;
            /**
             * @default course
             * @enum {string}
             */
            kind?: 'course' | 'learning_component';
            componentType?:
              | (
                  | 'practical'
                  | 'lecture'
                  | 'workshop'
                  | 'project'
                  | 'skills_training'
                  | 'tutorial'
                  | 'independent_study'
                  | 'excursion'
                  | 'consultation'
                  | 'learning_community'
                  | 'external'
                )
              | null;
            programmeId?: string | null;
            parentUnitId?: string | null;
            title: string;
            description?: string | null;
            sbu: number;
            durationWeeks?: number | null;
            /** @default [] */
            learningOutcomes?: string[];
            crebo?: string | null;
            electiveCode?: string | null;
            /** @default [] */
            covers?: string[];
            /**
             * @default [
             *       "BOL",
             *       "BBL"
             *     ]
             */
            leerwegen?: ('BOL' | 'BBL')[];
            /** @default false */
            standalone?: boolean;
            leadsTo?: ('certificate' | 'badge') | null;
            /** @default nl-NL */
            language?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
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
  '/api/catalog/workspace/{institutionId}/units/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One of the institution's units: working copy, published version and what blocks publishing */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          institutionId: string;
          id: string;
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
              /** Format: uuid */
              id: string;
              /** @enum {string} */
              status: 'draft' | 'published' | 'retired';
              version: number;
              /** @description The working copy: pending changes when there are any, else what is stored */
              content: {
                code: string;
                /**
                 * @default course
                 * @enum {string}
                 */
                kind: 'course' | 'learning_component';
                componentType?:
                  | (
                      | 'practical'
                      | 'lecture'
                      | 'workshop'
                      | 'project'
                      | 'skills_training'
                      | 'tutorial'
                      | 'independent_study'
                      | 'excursion'
                      | 'consultation'
                      | 'learning_community'
                      | 'external'
                    )
                  | null;
                programmeId?: string | null;
                parentUnitId?: string | null;
                title: string;
                description?: string | null;
                sbu: number;
                durationWeeks?: number | null;
                /** @default [] */
                learningOutcomes: string[];
                crebo?: string | null;
                electiveCode?: string | null;
                /** @default [] */
                covers: string[];
                /**
                 * @default [
                 *       "BOL",
                 *       "BBL"
                 *     ]
                 */
                leerwegen: ('BOL' | 'BBL')[];
                /** @default false */
                standalone: boolean;
                leadsTo?: ('certificate' | 'badge') | null;
                /** @default nl-NL */
                language: string;
              };
              /** @description What learners see now (null for drafts and sessions) */
              published: {
                code: string;
                /**
                 * @default course
                 * @enum {string}
                 */
                kind: 'course' | 'learning_component';
                componentType?:
                  | (
                      | 'practical'
                      | 'lecture'
                      | 'workshop'
                      | 'project'
                      | 'skills_training'
                      | 'tutorial'
                      | 'independent_study'
                      | 'excursion'
                      | 'consultation'
                      | 'learning_community'
                      | 'external'
                    )
                  | null;
                programmeId?: string | null;
                parentUnitId?: string | null;
                title: string;
                description?: string | null;
                sbu: number;
                durationWeeks?: number | null;
                /** @default [] */
                learningOutcomes: string[];
                crebo?: string | null;
                electiveCode?: string | null;
                /** @default [] */
                covers: string[];
                /**
                 * @default [
                 *       "BOL",
                 *       "BBL"
                 *     ]
                 */
                leerwegen: ('BOL' | 'BBL')[];
                /** @default false */
                standalone: boolean;
                leadsTo?: ('certificate' | 'badge') | null;
                /** @default nl-NL */
                language: string;
              } | null;
              hasPendingChanges: boolean;
              publishedAt: string | null;
              retiredAt: string | null;
              updatedAt: string;
              /** @description What stops the working copy from being published */
              problems: {
                field: string;
                code: string;
                params?: {
                  [key: string]: string | number;
                };
              }[];
              /** @description How the unit breaks the agreed standard (units only) */
              standardIssues: {
                ruleset: string;
                rulesetVersion: number;
                rule: string;
                params: {
                  [key: string]: string | number;
                };
              }[];
              isDemo: boolean;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    /** Delete a draft that was never published (published items are retired) */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          institutionId: string;
          id: string;
        };
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
    options?: never;
    head?: never;
    /** Change one of the institution's units (a published item keeps its changes pending until published) */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          institutionId: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            code?: string;
            /** @enum {string} */
            kind?: 'course' | 'learning_component';
            componentType?:
              | (
                  | 'practical'
                  | 'lecture'
                  | 'workshop'
                  | 'project'
                  | 'skills_training'
                  | 'tutorial'
                  | 'independent_study'
                  | 'excursion'
                  | 'consultation'
                  | 'learning_community'
                  | 'external'
                )
              | null;
            programmeId?: string | null;
            parentUnitId?: string | null;
            title?: string;
            description?: string | null;
            sbu?: number;
            durationWeeks?: number | null;
            learningOutcomes?: string[];
            crebo?: string | null;
            electiveCode?: string | null;
            covers?: string[];
            leerwegen?: ('BOL' | 'BBL')[];
            standalone?: boolean;
            leadsTo?: ('certificate' | 'badge') | null;
            language?: string;
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
              /** @enum {string} */
              status: 'draft' | 'published' | 'retired';
              pending: boolean;
              changed: string[];
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/catalog/workspace/{institutionId}/units/{id}/publish': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Publish a draft or the pending changes (units) as a new version */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          institutionId: string;
          id: string;
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
              version: number;
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
  '/api/catalog/workspace/{institutionId}/units/{id}/retire': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Retire a published item (units); it leaves search and the OEAPI lists but keeps its history */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          institutionId: string;
          id: string;
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
              retiredOfferings: number;
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
  '/api/catalog/workspace/{institutionId}/units/{id}/history': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The published versions of an item (units), newest first */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          institutionId: string;
          id: string;
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
              version: number;
              action: string;
              actorType: string;
              at: string;
              content: {
                [key: string]: unknown;
              };
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
  '/api/catalog/workspace/{institutionId}/offerings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The institution's offerings, newest change first */
    get: {
      parameters: {
        query?: {
          /** @description Page number, from 1 */
          page?: number;
          /** @description Items per page (1–100) */
          pageSize?: number;
          status?: 'draft' | 'published' | 'retired';
          /** @description Part of the title or code */
          q?: string;
        };
        header?: never;
        path: {
          institutionId: string;
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
              items: {
                /** Format: uuid */
                id: string;
                code: string;
                /** @description Title, name or (for offerings) code */
                label: string;
                /** @enum {string} */
                status: 'draft' | 'published' | 'retired';
                version: number;
                hasPendingChanges: boolean;
                updatedAt: string;
                isDemo: boolean;
              }[];
              /** @description Items matching the filters, on all pages */
              total: number;
              page: number;
              pageSize: number;
            };
          };
        };
      };
    };
    put?: never;
    /** Create a draft (offerings) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          institutionId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            code: string;
            programmeId?: string | null;
            unitId?: string | null;
            sessionId?: string | null;
            locationCode?: string | null;
            /** @enum {string} */
            intake: 'fixed' | 'flexible';
            startDate?: string | null;
            endDate?: string | null;
            /** @enum {string} */
            mode: 'on_site' | 'online' | 'hybrid';
            priceCents?: number | null;
            capacity?: number | null;
            applicationStart?: string | null;
            applicationEnd?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
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
  '/api/catalog/workspace/{institutionId}/offerings/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One of the institution's offerings: working copy, published version and what blocks publishing */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          institutionId: string;
          id: string;
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
              /** Format: uuid */
              id: string;
              /** @enum {string} */
              status: 'draft' | 'published' | 'retired';
              version: number;
              /** @description The working copy: pending changes when there are any, else what is stored */
              content: {
                code: string;
                programmeId?: string | null;
                unitId?: string | null;
                sessionId?: string | null;
                locationCode?: string | null;
                /** @enum {string} */
                intake: 'fixed' | 'flexible';
                startDate?: string | null;
                endDate?: string | null;
                /** @enum {string} */
                mode: 'on_site' | 'online' | 'hybrid';
                priceCents?: number | null;
                capacity?: number | null;
                applicationStart?: string | null;
                applicationEnd?: string | null;
              };
              /** @description What learners see now (null for drafts and sessions) */
              published: {
                code: string;
                programmeId?: string | null;
                unitId?: string | null;
                sessionId?: string | null;
                locationCode?: string | null;
                /** @enum {string} */
                intake: 'fixed' | 'flexible';
                startDate?: string | null;
                endDate?: string | null;
                /** @enum {string} */
                mode: 'on_site' | 'online' | 'hybrid';
                priceCents?: number | null;
                capacity?: number | null;
                applicationStart?: string | null;
                applicationEnd?: string | null;
              } | null;
              hasPendingChanges: boolean;
              publishedAt: string | null;
              retiredAt: string | null;
              updatedAt: string;
              /** @description What stops the working copy from being published */
              problems: {
                field: string;
                code: string;
                params?: {
                  [key: string]: string | number;
                };
              }[];
              /** @description How the unit breaks the agreed standard (units only) */
              standardIssues: {
                ruleset: string;
                rulesetVersion: number;
                rule: string;
                params: {
                  [key: string]: string | number;
                };
              }[];
              isDemo: boolean;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    /** Delete a draft that was never published (published items are retired) */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          institutionId: string;
          id: string;
        };
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
    options?: never;
    head?: never;
    /** Change one of the institution's offerings (a published item keeps its changes pending until published) */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          institutionId: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            code?: string;
            programmeId?: string | null;
            unitId?: string | null;
            sessionId?: string | null;
            locationCode?: string | null;
            /** @enum {string} */
            intake?: 'fixed' | 'flexible';
            startDate?: string | null;
            endDate?: string | null;
            /** @enum {string} */
            mode?: 'on_site' | 'online' | 'hybrid';
            priceCents?: number | null;
            capacity?: number | null;
            applicationStart?: string | null;
            applicationEnd?: string | null;
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
              /** @enum {string} */
              status: 'draft' | 'published' | 'retired';
              pending: boolean;
              changed: string[];
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/catalog/workspace/{institutionId}/offerings/{id}/publish': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Publish a draft or the pending changes (offerings) as a new version */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          institutionId: string;
          id: string;
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
              version: number;
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
  '/api/catalog/workspace/{institutionId}/offerings/{id}/retire': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Retire a published item (offerings); it leaves search and the OEAPI lists but keeps its history */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          institutionId: string;
          id: string;
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
              retiredOfferings: number;
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
  '/api/catalog/workspace/{institutionId}/offerings/{id}/history': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The published versions of an item (offerings), newest first */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          institutionId: string;
          id: string;
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
              version: number;
              action: string;
              actorType: string;
              at: string;
              content: {
                [key: string]: unknown;
              };
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
  '/api/catalog/workspace/{institutionId}/sessions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The institution's sessions, newest change first */
    get: {
      parameters: {
        query?: {
          /** @description Page number, from 1 */
          page?: number;
          /** @description Items per page (1–100) */
          pageSize?: number;
          status?: 'draft' | 'published' | 'retired';
          /** @description Part of the title or code */
          q?: string;
        };
        header?: never;
        path: {
          institutionId: string;
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
              items: {
                /** Format: uuid */
                id: string;
                code: string;
                /** @description Title, name or (for offerings) code */
                label: string;
                /** @enum {string} */
                status: 'draft' | 'published' | 'retired';
                version: number;
                hasPendingChanges: boolean;
                updatedAt: string;
                isDemo: boolean;
              }[];
              /** @description Items matching the filters, on all pages */
              total: number;
              page: number;
              pageSize: number;
            };
          };
        };
      };
    };
    put?: never;
    /** Create a session */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          institutionId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            code: string;
            name: string;
            /** @enum {string} */
            sessionType: 'academic_year' | 'semester' | 'trimester' | 'quarter' | 'testing_period' | 'period';
            /** Format: date */
            startDate: string;
            /** Format: date */
            endDate: string;
            parentId?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
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
  '/api/catalog/workspace/{institutionId}/sessions/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One of the institution's sessions: working copy, published version and what blocks publishing */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          institutionId: string;
          id: string;
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
              /** Format: uuid */
              id: string;
              /** @enum {string} */
              status: 'draft' | 'published' | 'retired';
              version: number;
              /** @description The working copy: pending changes when there are any, else what is stored */
              content: {
                code: string;
                name: string;
                /** @enum {string} */
                sessionType: 'academic_year' | 'semester' | 'trimester' | 'quarter' | 'testing_period' | 'period';
                /** Format: date */
                startDate: string;
                /** Format: date */
                endDate: string;
                parentId?: string | null;
              };
              /** @description What learners see now (null for drafts and sessions) */
              published: {
                code: string;
                name: string;
                /** @enum {string} */
                sessionType: 'academic_year' | 'semester' | 'trimester' | 'quarter' | 'testing_period' | 'period';
                /** Format: date */
                startDate: string;
                /** Format: date */
                endDate: string;
                parentId?: string | null;
              } | null;
              hasPendingChanges: boolean;
              publishedAt: string | null;
              retiredAt: string | null;
              updatedAt: string;
              /** @description What stops the working copy from being published */
              problems: {
                field: string;
                code: string;
                params?: {
                  [key: string]: string | number;
                };
              }[];
              /** @description How the unit breaks the agreed standard (units only) */
              standardIssues: {
                ruleset: string;
                rulesetVersion: number;
                rule: string;
                params: {
                  [key: string]: string | number;
                };
              }[];
              isDemo: boolean;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    /** Delete an unused session */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          institutionId: string;
          id: string;
        };
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
    options?: never;
    head?: never;
    /** Change one of the institution's sessions (a published item keeps its changes pending until published) */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          institutionId: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            code?: string;
            name?: string;
            /** @enum {string} */
            sessionType?: 'academic_year' | 'semester' | 'trimester' | 'quarter' | 'testing_period' | 'period';
            /** Format: date */
            startDate?: string;
            /** Format: date */
            endDate?: string;
            parentId?: string | null;
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
              /** @enum {string} */
              status: 'draft' | 'published' | 'retired';
              pending: boolean;
              changed: string[];
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/catalog/search': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Search published units (local and harvested) with filters, facet counts and sorting
     * @description Words are matched with Dutch stemming. Values of one filter combine with OR, filters with AND. A facet whose filter is active counts over the results of the other filters, so that its other values keep their counts.
     */
    get: {
      parameters: {
        query?: {
          /** @description Words to find (Dutch stemming: "verpleegkundige" also finds "verpleegkunde") */
          q?: string;
          niveau?: number[] | number;
          domain?: string[] | string;
          /** @description Crebo codes */
          qualification?: string[] | string;
          /** @description Keuzedeel codes */
          elective?: string[] | string;
          leerweg?: ('BOL' | 'BBL')[] | ('BOL' | 'BBL');
          province?: string[] | string;
          /** @description RIO location codes */
          location?: string[] | string;
          intake?: ('fixed' | 'flexible')[] | ('fixed' | 'flexible');
          /** @description Starts on or after this date (or has flexible intake, when intake=flexible) */
          startFrom?: string;
          startTo?: string;
          mode?: ('on_site' | 'online' | 'hybrid')[] | ('on_site' | 'online' | 'hybrid');
          /** @description Price ranges of the cheapest offering */
          price?: ('free' | 'lt250' | '250-500' | '500-1000' | 'gte1000')[] | ('free' | 'lt250' | '250-500' | '500-1000' | 'gte1000');
          /** @description Study-load ranges */
          load?: ('le60' | '61-120' | '121-240' | '241-480' | 'gt480')[] | ('le60' | '61-120' | '121-240' | '241-480' | 'gt480');
          institution?: string[] | string;
          /** @description true: only units that can be followed on their own and lead to a certificate or badge */
          adult?: 'true' | 'false';
          sort?: 'relevance' | 'start' | 'price';
          page?: number;
          pageSize?: number;
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
          content: {
            'application/json': {
              total: number;
              page: number;
              pageSize: number;
              /** @enum {string} */
              sort: 'relevance' | 'start' | 'price';
              items: {
                /** Format: uuid */
                id: string;
                title: string;
                summary: string | null;
                kind: string;
                /** Format: uuid */
                institutionId: string;
                institutionName: string;
                /** @description True when the unit comes from another institution’s endpoint */
                harvested: boolean;
                sbu: number;
                niveau: number | null;
                domain: string | null;
                crebo: string | null;
                qualificationTitle: string | null;
                electiveCode: string | null;
                electiveTitle: string | null;
                modes: string[];
                provinces: string[];
                nextStart: string | null;
                flexible: boolean;
                minPriceCents: number | null;
                standalone: boolean;
                leadsTo: string | null;
                offeringCount: number;
              }[];
              facets: {
                niveau: {
                  value: string;
                  label: string | null;
                  count: number;
                }[];
                domain: {
                  value: string;
                  label: string | null;
                  count: number;
                }[];
                qualification: {
                  value: string;
                  label: string | null;
                  count: number;
                }[];
                elective: {
                  value: string;
                  label: string | null;
                  count: number;
                }[];
                leerweg: {
                  value: string;
                  label: string | null;
                  count: number;
                }[];
                province: {
                  value: string;
                  label: string | null;
                  count: number;
                }[];
                location: {
                  value: string;
                  label: string | null;
                  count: number;
                }[];
                intake: {
                  value: string;
                  label: string | null;
                  count: number;
                }[];
                start: {
                  value: string;
                  label: string | null;
                  count: number;
                }[];
                mode: {
                  value: string;
                  label: string | null;
                  count: number;
                }[];
                price: {
                  value: string;
                  label: string | null;
                  count: number;
                }[];
                load: {
                  value: string;
                  label: string | null;
                  count: number;
                }[];
                institution: {
                  value: string;
                  label: string | null;
                  count: number;
                }[];
              };
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
  '/api/catalog/units/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One published unit: what it contributes to which kwalificatie, its offerings, and where else it is offered */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
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
              /** Format: uuid */
              id: string;
              kind: string;
              code: string;
              title: string;
              description: string | null;
              sbu: number;
              durationWeeks: number | null;
              learningOutcomes: string[];
              leerwegen: string[];
              standalone: boolean;
              leadsTo: string | null;
              isDemo: boolean;
              institution: {
                /** Format: uuid */
                id: string;
                name: string;
                website: string | null;
              };
              harvestedFrom: string | null;
              programme: string | null;
              partOf: {
                /** Format: uuid */
                id: string;
                title: string;
              } | null;
              /** @description The kwalificatie the unit contributes to, with the core tasks and work processes it covers marked */
              qualification: {
                crebo: string;
                title: string;
                niveau: number;
                domain: string;
                coreTasks: {
                  code: string;
                  title: string;
                  covered: boolean;
                  workProcesses: {
                    code: string;
                    title: string;
                    covered: boolean;
                  }[];
                }[];
              } | null;
              elective: {
                code: string;
                title: string;
                sbu: number;
                niveau: number | null;
              } | null;
              offerings: {
                /** Format: uuid */
                id: string;
                intake: string;
                startDate: string | null;
                endDate: string | null;
                mode: string;
                priceCents: number | null;
                capacity: number | null;
                applicationStart: string | null;
                applicationEnd: string | null;
                location: {
                  code: string;
                  name: string;
                  city: string;
                  province: string;
                } | null;
              }[];
              /** @description Units of other institutions for the same kwalificatie or keuzedeel */
              elsewhere: {
                /** Format: uuid */
                id: string;
                title: string;
                institutionName: string;
                sharedCoverage: number;
                nextStart: string | null;
                flexible: boolean;
                modes: string[];
                minPriceCents: number | null;
              }[];
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
  '/api/catalog/qualifications/{crebo}/offered': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Which institutions offer a kwalificatie (programmes and units), when and how */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          crebo: string;
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
              subject: {
                code: string;
                title: string;
                niveau: number | null;
                domain: string | null;
              };
              institutions: {
                /** Format: uuid */
                id: string;
                name: string;
                programmes: {
                  /** Format: uuid */
                  id: string;
                  title: string;
                  leerweg: string;
                  offerings: {
                    /** Format: uuid */
                    id: string;
                    intake: string;
                    startDate: string | null;
                    endDate: string | null;
                    mode: string;
                    priceCents: number | null;
                    capacity: number | null;
                    applicationStart: string | null;
                    applicationEnd: string | null;
                    location: {
                      code: string;
                      name: string;
                      city: string;
                      province: string;
                    } | null;
                  }[];
                }[];
                units: {
                  /** Format: uuid */
                  id: string;
                  title: string;
                  sbu: number;
                  nextStart: string | null;
                  flexible: boolean;
                  modes: string[];
                  minPriceCents: number | null;
                  provinces: string[];
                }[];
              }[];
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
  '/api/catalog/electives/{code}/offered': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Which institutions offer a keuzedeel, when and how */
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
              subject: {
                code: string;
                title: string;
                niveau: number | null;
                domain: string | null;
              };
              institutions: {
                /** Format: uuid */
                id: string;
                name: string;
                programmes: {
                  /** Format: uuid */
                  id: string;
                  title: string;
                  leerweg: string;
                  offerings: {
                    /** Format: uuid */
                    id: string;
                    intake: string;
                    startDate: string | null;
                    endDate: string | null;
                    mode: string;
                    priceCents: number | null;
                    capacity: number | null;
                    applicationStart: string | null;
                    applicationEnd: string | null;
                    location: {
                      code: string;
                      name: string;
                      city: string;
                      province: string;
                    } | null;
                  }[];
                }[];
                units: {
                  /** Format: uuid */
                  id: string;
                  title: string;
                  sbu: number;
                  nextStart: string | null;
                  flexible: boolean;
                  modes: string[];
                  minPriceCents: number | null;
                  provinces: string[];
                }[];
              }[];
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
  '/api/catalog/rulesets': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The agreed standards: the sector ruleset and each institution’s own */
    get: {
      parameters: {
        query?: {
          /** @description Only the sector’s and this institution’s rulesets */
          institution?: string;
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
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** @enum {string} */
              scope: 'sector' | 'institution';
              institutionId: string | null;
              institutionName: string | null;
              name: string;
              version: number;
              rules: {
                /** @default [] */
                allowedSbu: number[];
                /** @default null */
                minWeeks: number | null;
                /** @default null */
                maxWeeks: number | null;
                /** @default [] */
                requiredFields: ('description' | 'learningOutcomes' | 'coverage' | 'durationWeeks' | 'leadsTo')[];
                /** @default 0 */
                minLearningOutcomes: number;
              };
              updatedAt: string;
              isDemo: boolean;
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
  '/api/catalog/rulesets/sector': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Set the sector’s standard (platform administrators); every unit is checked again */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            name: string;
            rules: {
              /** @default [] */
              allowedSbu?: number[];
              /** @default null */
              minWeeks?: number | null;
              /** @default null */
              maxWeeks?: number | null;
              /** @default [] */
              requiredFields?: ('description' | 'learningOutcomes' | 'coverage' | 'durationWeeks' | 'leadsTo')[];
              /** @default 0 */
              minLearningOutcomes?: number;
            };
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
              version: number;
              checkedUnits: number;
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/catalog/workspace/{institutionId}/ruleset': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Set the institution’s own standard (its catalogue editors); its units are checked again */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          institutionId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            name: string;
            rules: {
              /** @default [] */
              allowedSbu?: number[];
              /** @default null */
              minWeeks?: number | null;
              /** @default null */
              maxWeeks?: number | null;
              /** @default [] */
              requiredFields?: ('description' | 'learningOutcomes' | 'coverage' | 'durationWeeks' | 'leadsTo')[];
              /** @default 0 */
              minLearningOutcomes?: number;
            };
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
              version: number;
              checkedUnits: number;
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/catalog/standard-report': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Published units that break an agreed standard, and why */
    get: {
      parameters: {
        query?: {
          /** @description Page number, from 1 */
          page?: number;
          /** @description Items per page (1–100) */
          pageSize?: number;
          institution?: string;
          rule?: 'sbu-not-allowed' | 'too-short' | 'too-long' | 'duration-missing' | 'field-missing' | 'too-few-outcomes';
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
          content: {
            'application/json': {
              total: number;
              /** @description Published units checked */
              checked: number;
              page: number;
              pageSize: number;
              byRule: {
                rule: string;
                units: number;
              }[];
              items: {
                /** Format: uuid */
                id: string;
                code: string;
                title: string;
                /** Format: uuid */
                institutionId: string;
                institutionName: string;
                sbu: number;
                durationWeeks: number | null;
                harvested: boolean;
                issues: {
                  ruleset: string;
                  rulesetVersion: number;
                  rule: string;
                  params: {
                    [key: string]: string | number;
                  };
                }[];
              }[];
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
  '/api/catalog/sources': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The OEAPI endpoints the national catalogue harvests, with their state */
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
              /** Format: uuid */
              id: string;
              name: string;
              baseUrl: string;
              enabled: boolean;
              /** @enum {string} */
              status: 'never' | 'ok' | 'failed';
              lastAttemptAt: string | null;
              lastSuccessAt: string | null;
              lastErrorCode: string | null;
              lastError: string | null;
              /** @description Published units harvested from this source */
              itemCount: number;
            }[];
          };
        };
      };
    };
    put?: never;
    /** Add an institution’s OEAPI v6 endpoint (its base URL, ending in /oeapi/v6 or similar) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            name: string;
            /** Format: uri */
            baseUrl: string;
            /** @default true */
            enabled?: boolean;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
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
  '/api/catalog/sources/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Remove a source and what was harvested from it */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
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
    options?: never;
    head?: never;
    /** Rename, enable or disable a source */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            name?: string;
            enabled?: boolean;
          };
        };
      };
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
    trace?: never;
  };
  '/api/catalog/sources/{id}/harvest': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Harvest a source now (a background job); full=true reads everything instead of only the changes */
    post: {
      parameters: {
        query?: {
          full?: 'true' | 'false';
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        202: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              jobId: string | null;
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
  '/api/catalog/sources/{id}/runs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The latest harvests of a source */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
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
              startedAt: string;
              finishedAt: string;
              /** @enum {string} */
              mode: 'full' | 'incremental';
              /** @enum {string} */
              outcome: 'ok' | 'failed';
              errorCode: string | null;
              error: string | null;
              counts: {
                [key: string]: number;
              };
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
  '/api/catalog/workspace/{institutionId}/imports': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Import units and offerings from CSV, Excel (.xlsx) or OEAPI JSON; with dryRun=true, a preview that writes nothing
     * @description The content type says the format: text/csv, application/vnd.openxmlformats-officedocument.spreadsheetml.sheet (or application/octet-stream) for .xlsx, application/json for OEAPI JSON. Every row is checked before anything is written; when any row is wrong the answer is 422 with every error (row, column, reason) and nothing is written. Importing the same file twice changes nothing the second time. With publish=true new and changed items are published at once.
     */
    post: {
      parameters: {
        query?: {
          dryRun?: 'true' | 'false';
          publish?: 'true' | 'false';
        };
        header?: never;
        path: {
          institutionId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'text/csv': unknown;
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': unknown;
          'application/json': unknown;
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
              dryRun: boolean;
              rows: number;
              units: {
                created: number;
                updated: number;
                published: number;
                unchanged: number;
              };
              offerings: {
                created: number;
                updated: number;
                published: number;
                unchanged: number;
              };
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
  '/api/catalog/imports/template.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A CSV template for importing units and offerings (header and example rows) */
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
  '/api/credentials/institutions/{institutionId}/issuer': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The institution's issuer profile and keys (set up with a first key generation on first use) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          institutionId: string;
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
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              institutionId: string;
              institutionCode: string;
              name: string;
              url: string | null;
              email: string | null;
              image: string | null;
              description: string | null;
              /** @description The issuer identifier new credentials carry */
              did: string;
              /** @description Public profile with every key, current and retired */
              profileUrl: string;
              keys: {
                id: string;
                /** @enum {string} */
                algorithm: 'Ed25519' | 'RS256';
                /** @description The issuer identifier (did:key) of this key generation */
                controller: string;
                verificationMethod: string;
                createdAt: string;
                retiredAt: string | null;
              }[];
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
    /** Change the issuer profile that new credentials carry */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          institutionId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            name?: string;
            url?: string | null;
            email?: string | null;
            image?: string | null;
            description?: string | null;
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
              changed: string[];
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/credentials/institutions/{institutionId}/issuer/rotate-keys': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Start a new key generation; credentials signed with older keys stay verifiable */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          institutionId: string;
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
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              institutionId: string;
              institutionCode: string;
              name: string;
              url: string | null;
              email: string | null;
              image: string | null;
              description: string | null;
              /** @description The issuer identifier new credentials carry */
              did: string;
              /** @description Public profile with every key, current and retired */
              profileUrl: string;
              keys: {
                id: string;
                /** @enum {string} */
                algorithm: 'Ed25519' | 'RS256';
                /** @description The issuer identifier (did:key) of this key generation */
                controller: string;
                verificationMethod: string;
                createdAt: string;
                retiredAt: string | null;
              }[];
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
  '/credentials/issuers/{issuerId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Public issuer profile with every signing key it ever used (for verifiers) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          issuerId: string;
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
              id: string;
              type: string[];
              name: string;
              url?: string;
              email?: string;
              description?: string;
              otherIdentifier: {
                type: string;
                identifier: string;
                identifierType: string;
              }[];
              verificationMethod: {
                id: string;
                type: string;
                controller: string;
                publicKeyMultibase?: string;
                publicKeyJwk?: {
                  [key: string]: unknown;
                };
                created: string;
                retired?: string;
              }[];
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
  '/credentials/keys/{keyId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One public key as a JWK (the `kid` of RS256 VC-JWTs) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          keyId: string;
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
              [key: string]: unknown;
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
  '/api/credentials/institutions/{institutionId}/achievements': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The institution's achievements, archived ones included, with how often each was awarded */
    get: {
      parameters: {
        query?: {
          /** @description Page number, from 1 */
          page?: number;
          /** @description Items per page (1–100) */
          pageSize?: number;
          q?: string;
        };
        header?: never;
        path: {
          institutionId: string;
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
              items: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                institutionId: string;
                institutionName: string;
                name: string;
                description: string;
                criteria: string;
                criteriaUrl: string | null;
                image: string | null;
                imageUrl: string;
                achievementType: string;
                sbu: number;
                eqfLevel: number | null;
                nlqfLevel: string | null;
                learningOutcomes: string[];
                assessmentType: string;
                participation: string | null;
                qualityAssurance: string | null;
                alignments: {
                  /** @enum {string} */
                  kind: 'qualification' | 'core-task' | 'elective' | 'catalog-unit';
                  code: string;
                  crebo?: string;
                  name: string;
                  url: string;
                }[];
                tags: string[];
                enrolmentOpen: boolean;
                archived: boolean;
                /** @description The Open Badges Achievement document (also its identifier in credentials) */
                publicUrl: string;
                isDemo: boolean;
                updatedAt: string;
                awardCount: number;
              }[];
              /** @description Items matching the filters, on all pages */
              total: number;
              page: number;
              pageSize: number;
            };
          };
        };
      };
    };
    put?: never;
    /** Create an achievement (badge class); study load in SBU is required, a microcredential needs more (mbo rules) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          institutionId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            name: string;
            description: string;
            /** @description What the learner has to do, in plain language (Markdown allowed) */
            criteria: string;
            criteriaUrl?: string | null;
            image?: string | null;
            achievementType:
              | (
                  | 'Achievement'
                  | 'ApprenticeshipCertificate'
                  | 'Assessment'
                  | 'Assignment'
                  | 'AssociateDegree'
                  | 'Award'
                  | 'Badge'
                  | 'BachelorDegree'
                  | 'Certificate'
                  | 'CertificateOfCompletion'
                  | 'Certification'
                  | 'CommunityService'
                  | 'Competency'
                  | 'Course'
                  | 'CoCurricular'
                  | 'Degree'
                  | 'Diploma'
                  | 'DoctoralDegree'
                  | 'Fieldwork'
                  | 'GeneralEducationDevelopment'
                  | 'JourneymanCertificate'
                  | 'LearningProgram'
                  | 'License'
                  | 'Membership'
                  | 'ProfessionalDoctorate'
                  | 'QualityAssuranceCredential'
                  | 'MasterCertificate'
                  | 'MasterDegree'
                  | 'MicroCredential'
                  | 'ResearchDoctorate'
                  | 'SecondarySchoolDiploma'
                )
              | string;
            /** @description Study load in hours (studiebelastingsuren); required in mbo */
            sbu: number;
            eqfLevel?: number | null;
            nlqfLevel?: ('1' | '2' | '3' | '4' | '5' | '6' | '7' | '8' | 'entree') | null;
            /** @default [] */
            learningOutcomes?: string[];
            /** @enum {string} */
            assessmentType:
              | 'practical-assessment'
              | 'written-exam'
              | 'oral-exam'
              | 'portfolio'
              | 'project'
              | 'recognition-prior-learning'
              | 'participation-only';
            participation?: ('in-person' | 'online' | 'blended') | null;
            qualityAssurance?: string | null;
            /** @default [] */
            alignments?: (
              | {
                  /** @enum {string} */
                  kind: 'qualification';
                  crebo: string;
                }
              | {
                  /** @enum {string} */
                  kind: 'core-task';
                  crebo: string;
                  code: string;
                }
              | {
                  /** @enum {string} */
                  kind: 'elective';
                  code: string;
                }
              | {
                  /** @enum {string} */
                  kind: 'catalog-unit';
                  /** Format: uri */
                  url: string;
                  name: string;
                  code?: string;
                }
            )[];
            /** @default [] */
            tags?: string[];
            /**
             * @description Learners may ask for this badge (enrolment requests)
             * @default false
             */
            enrolmentOpen?: boolean;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
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
  '/api/credentials/achievements': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Achievements of every institution that are not archived (the badge catalogue) */
    get: {
      parameters: {
        query?: {
          /** @description Page number, from 1 */
          page?: number;
          /** @description Items per page (1–100) */
          pageSize?: number;
          q?: string;
          enrolmentOpen?: 'true' | 'false';
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
          content: {
            'application/json': {
              items: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                institutionId: string;
                institutionName: string;
                name: string;
                description: string;
                criteria: string;
                criteriaUrl: string | null;
                image: string | null;
                imageUrl: string;
                achievementType: string;
                sbu: number;
                eqfLevel: number | null;
                nlqfLevel: string | null;
                learningOutcomes: string[];
                assessmentType: string;
                participation: string | null;
                qualityAssurance: string | null;
                alignments: {
                  /** @enum {string} */
                  kind: 'qualification' | 'core-task' | 'elective' | 'catalog-unit';
                  code: string;
                  crebo?: string;
                  name: string;
                  url: string;
                }[];
                tags: string[];
                enrolmentOpen: boolean;
                archived: boolean;
                /** @description The Open Badges Achievement document (also its identifier in credentials) */
                publicUrl: string;
                isDemo: boolean;
                updatedAt: string;
              }[];
              /** @description Items matching the filters, on all pages */
              total: number;
              page: number;
              pageSize: number;
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
  '/api/credentials/achievements/{achievementId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One achievement */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          achievementId: string;
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
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              institutionId: string;
              institutionName: string;
              name: string;
              description: string;
              criteria: string;
              criteriaUrl: string | null;
              image: string | null;
              imageUrl: string;
              achievementType: string;
              sbu: number;
              eqfLevel: number | null;
              nlqfLevel: string | null;
              learningOutcomes: string[];
              assessmentType: string;
              participation: string | null;
              qualityAssurance: string | null;
              alignments: {
                /** @enum {string} */
                kind: 'qualification' | 'core-task' | 'elective' | 'catalog-unit';
                code: string;
                crebo?: string;
                name: string;
                url: string;
              }[];
              tags: string[];
              enrolmentOpen: boolean;
              archived: boolean;
              /** @description The Open Badges Achievement document (also its identifier in credentials) */
              publicUrl: string;
              isDemo: boolean;
              updatedAt: string;
            };
          };
        };
      };
    };
    /** Replace an achievement's fields (credentials already awarded keep what they were signed with) */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          achievementId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            name: string;
            description: string;
            /** @description What the learner has to do, in plain language (Markdown allowed) */
            criteria: string;
            criteriaUrl?: string | null;
            image?: string | null;
            achievementType:
              | (
                  | 'Achievement'
                  | 'ApprenticeshipCertificate'
                  | 'Assessment'
                  | 'Assignment'
                  | 'AssociateDegree'
                  | 'Award'
                  | 'Badge'
                  | 'BachelorDegree'
                  | 'Certificate'
                  | 'CertificateOfCompletion'
                  | 'Certification'
                  | 'CommunityService'
                  | 'Competency'
                  | 'Course'
                  | 'CoCurricular'
                  | 'Degree'
                  | 'Diploma'
                  | 'DoctoralDegree'
                  | 'Fieldwork'
                  | 'GeneralEducationDevelopment'
                  | 'JourneymanCertificate'
                  | 'LearningProgram'
                  | 'License'
                  | 'Membership'
                  | 'ProfessionalDoctorate'
                  | 'QualityAssuranceCredential'
                  | 'MasterCertificate'
                  | 'MasterDegree'
                  | 'MicroCredential'
                  | 'ResearchDoctorate'
                  | 'SecondarySchoolDiploma'
                )
              | string;
            /** @description Study load in hours (studiebelastingsuren); required in mbo */
            sbu: number;
            eqfLevel?: number | null;
            nlqfLevel?: ('1' | '2' | '3' | '4' | '5' | '6' | '7' | '8' | 'entree') | null;
            /** @default [] */
            learningOutcomes?: string[];
            /** @enum {string} */
            assessmentType:
              | 'practical-assessment'
              | 'written-exam'
              | 'oral-exam'
              | 'portfolio'
              | 'project'
              | 'recognition-prior-learning'
              | 'participation-only';
            participation?: ('in-person' | 'online' | 'blended') | null;
            qualityAssurance?: string | null;
            /** @default [] */
            alignments?: (
              | {
                  /** @enum {string} */
                  kind: 'qualification';
                  crebo: string;
                }
              | {
                  /** @enum {string} */
                  kind: 'core-task';
                  crebo: string;
                  code: string;
                }
              | {
                  /** @enum {string} */
                  kind: 'elective';
                  code: string;
                }
              | {
                  /** @enum {string} */
                  kind: 'catalog-unit';
                  /** Format: uri */
                  url: string;
                  name: string;
                  code?: string;
                }
            )[];
            /** @default [] */
            tags?: string[];
            /**
             * @description Learners may ask for this badge (enrolment requests)
             * @default false
             */
            enrolmentOpen?: boolean;
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
              /** Format: uuid */
              id: string;
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/credentials/achievements/{achievementId}/archive': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Archive an achievement: no new awards or requests; awarded credentials stay valid */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          achievementId: string;
        };
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
  '/credentials/achievements/{achievementId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The Open Badges 3.0 Achievement document (the identifier credentials use) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          achievementId: string;
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
              [key: string]: unknown;
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
  '/credentials/achievements/{achievementId}/image': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The achievement's badge image (PNG or SVG; a generated SVG when none was uploaded) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          achievementId: string;
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
  '/api/credentials/achievements/{achievementId}/awards': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Award the badge to one learner (by the e-mail address of their account, or any address with a name) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          achievementId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: email */
            email: string;
            name?: string;
            /** Format: date-time */
            validUntil?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              recipientHasAccount: boolean;
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
  '/api/credentials/achievements/{achievementId}/bulk-awards': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Award the badge to everyone in a CSV file (columns email;naam); dryRun=true previews and writes nothing
     * @description Every row is checked first; any error rejects the whole file (422 with every row error). The same file for the same badge starts nothing new. Signing runs in the background: follow it at /api/credentials/bulk-awards/{id}.
     */
    post: {
      parameters: {
        query?: {
          dryRun?: 'true' | 'false';
        };
        header?: never;
        path: {
          achievementId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'text/csv': unknown;
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
              dryRun: boolean;
              rows: number;
              /** @description Recipients who have logged in before (they see the badge at once) */
              withAccount: number;
              sample: {
                row: number;
                email: string;
                name: string;
                hasAccount: boolean;
              }[];
              run: {
                /** Format: uuid */
                id: string;
                state: string;
                total: number;
                done: number;
              } | null;
            };
          };
        };
        /** @description Default Response */
        202: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              dryRun: boolean;
              rows: number;
              /** @description Recipients who have logged in before (they see the badge at once) */
              withAccount: number;
              sample: {
                row: number;
                email: string;
                name: string;
                hasAccount: boolean;
              }[];
              run: {
                /** Format: uuid */
                id: string;
                state: string;
                total: number;
                done: number;
              } | null;
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
  '/api/credentials/bulk-awards/{bulkAwardId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Progress of a bulk award */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          bulkAwardId: string;
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
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              achievementId: string;
              /** @enum {string} */
              state: 'queued' | 'running' | 'finished' | 'failed';
              total: number;
              done: number;
              error: string | null;
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
  '/api/credentials/institutions/{institutionId}/awards': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The institution's awards, newest first */
    get: {
      parameters: {
        query?: {
          /** @description Page number, from 1 */
          page?: number;
          /** @description Items per page (1–100) */
          pageSize?: number;
          achievementId?: string;
          q?: string;
        };
        header?: never;
        path: {
          institutionId: string;
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
              items: {
                /** Format: uuid */
                id: string;
                achievementId: string | null;
                achievementName: string | null;
                institutionName: string;
                recipientName: string | null;
                recipientHasAccount: boolean;
                /** @enum {string} */
                source: 'direct' | 'bulk' | 'enrolment' | 'api';
                issuedAt: string;
                acceptedAt: string | null;
                declinedAt: string | null;
                revokedAt: string | null;
                suspendedAt: string | null;
              }[];
              /** @description Items matching the filters, on all pages */
              total: number;
              page: number;
              pageSize: number;
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
  '/api/credentials/awards/{awardId}/status': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Revoke (final), suspend or reinstate an award; its status list changes with it */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          awardId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string} */
            change: 'revoke' | 'suspend' | 'reinstate';
            reason?: string;
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
              revoked: boolean;
              suspended: boolean;
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
  '/api/credentials/institutions/{institutionId}/enrolments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Requests of learners for badges of the institution */
    get: {
      parameters: {
        query?: {
          status?: 'pending' | 'approved' | 'declined';
        };
        header?: never;
        path: {
          institutionId: string;
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
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              achievementId: string;
              achievementName: string;
              personName: string;
              motivation: string | null;
              /** @enum {string} */
              status: 'pending' | 'approved' | 'declined';
              createdAt: string;
              decidedAt: string | null;
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
  '/api/credentials/enrolments/{enrolmentId}/decision': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Approve a learner's request (awards the badge) or decline it */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          enrolmentId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            approve: boolean;
            note?: string;
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
              /** @enum {string} */
              status: 'approved' | 'declined';
              awardId: string | null;
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
  '/api/credentials/me/awards': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Badges awarded to me (by account, or to the e-mail address I log in with) */
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
              /** Format: uuid */
              id: string;
              achievementId: string | null;
              achievementName: string | null;
              institutionName: string;
              recipientName: string | null;
              recipientHasAccount: boolean;
              /** @enum {string} */
              source: 'direct' | 'bulk' | 'enrolment' | 'api';
              issuedAt: string;
              acceptedAt: string | null;
              declinedAt: string | null;
              revokedAt: string | null;
              suspendedAt: string | null;
              imageUrl: string | null;
              shareUrl: string | null;
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
  '/api/credentials/me/awards/{awardId}/answer': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Accept a badge into my dossier, or decline it */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          awardId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            accept: boolean;
          };
        };
      };
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
  '/api/credentials/me/awards/{awardId}/credential': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Download my badge: the signed credential (JSON-LD with eddsa-rdfc-2022) or its VC-JWT form */
    get: {
      parameters: {
        query?: {
          format?: 'json' | 'jwt' | 'jwt-rs256';
        };
        header?: never;
        path: {
          awardId: string;
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
  '/api/credentials/me/awards/{awardId}/share': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Share an accepted badge by link (share=true), or stop sharing it */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          awardId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            share: boolean;
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
              url: string | null;
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
  '/credentials/shared/{token}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A badge its learner shares by link: the signed credential, to verify anywhere */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          token: string;
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
              [key: string]: unknown;
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
  '/api/credentials/me/awards/{awardId}/baked': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** My badge as an image with the credential baked in (Open Badges 3.0: PNG iTXt or SVG element) */
    get: {
      parameters: {
        query?: {
          format?: 'png' | 'svg';
        };
        header?: never;
        path: {
          awardId: string;
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
  '/api/credentials/achievements/{achievementId}/enrolments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Ask for a badge (when its issuer accepts requests) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          achievementId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            motivation?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
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
  '/api/credentials/me/enrolments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** My requests for badges */
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
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              achievementId: string;
              achievementName: string;
              /** @enum {string} */
              status: 'pending' | 'approved' | 'declined';
              createdAt: string;
              decisionNote: string | null;
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
  '/credentials/status/{listId}/{purpose}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A signed BitstringStatusListCredential (revocation or suspension) at its stable URL */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          listId: string;
          purpose: 'revocation' | 'suspension';
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
              [key: string]: unknown;
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
  '/api/credentials/verifications': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Verify a credential (JSON document or compact VC-JWT): every check with its outcome and a verdict
     * @description Always 200 with a report when the request itself is well-formed: `verified` is true only when every check passed. Nothing is fetched from elsewhere; status lists of this platform are checked.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            credential:
              | {
                  [key: string]: unknown;
                }
              | string;
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
              verified: boolean;
              /** @enum {string} */
              verdict: 'valid' | 'invalid' | 'revoked' | 'suspended' | 'expired' | 'not-yet-valid' | 'unreadable' | 'unknown-issuer';
              format: ('data-integrity' | 'vc-jwt') | null;
              checks: {
                /** @enum {string} */
                name: 'format' | 'signature' | 'issuer-key' | 'dates' | 'status' | 'schema';
                /** @enum {string} */
                outcome: 'passed' | 'failed' | 'warning' | 'skipped';
                code: string;
                detail?: string;
              }[];
              credential: {
                id: string | null;
                issuer: {
                  id: string | null;
                  name: string | null;
                  url: string | null;
                };
                achievement: {
                  id: string | null;
                  name: string | null;
                  description: string | null;
                  achievementType: string | null;
                  criteria: string | null;
                  imageUrl: string | null;
                } | null;
                learner: {
                  name: string | null;
                  hashedIdentifiers: number;
                };
                validFrom: string | null;
                validUntil: string | null;
              } | null;
              registeredIssuer: {
                institutionName: string;
                institutionCode: string;
              } | null;
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
  '/api/credentials/verifications/image': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Read the credential baked into a badge image (PNG or SVG) and verify it */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'image/png': unknown;
          'image/svg+xml': unknown;
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
              verified: boolean;
              /** @enum {string} */
              verdict: 'valid' | 'invalid' | 'revoked' | 'suspended' | 'expired' | 'not-yet-valid' | 'unreadable' | 'unknown-issuer';
              format: ('data-integrity' | 'vc-jwt') | null;
              checks: {
                /** @enum {string} */
                name: 'format' | 'signature' | 'issuer-key' | 'dates' | 'status' | 'schema';
                /** @enum {string} */
                outcome: 'passed' | 'failed' | 'warning' | 'skipped';
                code: string;
                detail?: string;
              }[];
              credential: {
                id: string | null;
                issuer: {
                  id: string | null;
                  name: string | null;
                  url: string | null;
                };
                achievement: {
                  id: string | null;
                  name: string | null;
                  description: string | null;
                  achievementType: string | null;
                  criteria: string | null;
                  imageUrl: string | null;
                } | null;
                learner: {
                  name: string | null;
                  hashedIdentifiers: number;
                };
                validFrom: string | null;
                validUntil: string | null;
              } | null;
              registeredIssuer: {
                institutionName: string;
                institutionCode: string;
              } | null;
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
  '/credentials/issue': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Issue a credential (W3C VC-API): checked per VC Data Model 2.0, signed with eddsa-rdfc-2022
     * @description The credential must name the institution’s issuer (its current did:key). `options.format: "vc+jwt"` returns an EnvelopedVerifiableCredential with a VC-JWT instead. 400/422 on malformed or unacceptable input.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            credential: {
              [key: string]: unknown;
            };
            options?: {
              /** @enum {string} */
              format?: 'ldp' | 'vc+jwt';
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              verifiableCredential: {
                [key: string]: unknown;
              };
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
  '/credentials/verify': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Verify a credential (W3C VC-API): 200 when verified, 400 with the failed checks otherwise */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description A credential with an embedded proof, or an EnvelopedVerifiableCredential */
            verifiableCredential: {
              [key: string]: unknown;
            };
            options?: {
              [key: string]: unknown;
            };
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
              verified: boolean;
              checks: string[];
              warnings: unknown[];
              errors: unknown[];
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
  '/presentations/verify': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Verify a presentation (W3C VC-API) with options.challenge and options.domain, and every credential in it */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            verifiablePresentation: {
              [key: string]: unknown;
            };
            options?: {
              challenge?: string;
              domain?: string;
            } & {
              [key: string]: unknown;
            };
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
              verified: boolean;
              checks: string[];
              warnings: unknown[];
              errors: unknown[];
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
  '/api/dossier': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Overview of my dossier: counts per kind, collections, active shares, the latest reads by others */
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
              ownerName: string;
              counts: {
                [key: string]: number;
              };
              totalItems: number;
              files: {
                count: number;
                bytes: number;
              };
              collections: {
                /** Format: uuid */
                id: string;
                name: string;
                itemCount: number;
              }[];
              activeShares: number;
              recentAccess: {
                /** Format: uuid */
                id: string;
                occurredAt: string;
                /** @enum {string} */
                kind: 'share-open' | 'share-download' | 'share-file' | 'share-open-failed' | 'institution-read';
                shareId: string | null;
                recipientName: string | null;
                institution: {
                  /** Format: uuid */
                  id: string;
                  name: string | null;
                } | null;
                /** @description Why an open failed: revoked or expired */
                reason: string | null;
                itemCount: number;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    /** Delete my whole dossier: items, files, collections, shares (every link stops working at once), access log; with `account`, my account too (signed out everywhere). Cannot be undone. */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string} */
            confirm: 'VERWIJDER MIJN DOSSIER';
            /** @default false */
            account?: boolean;
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
              revokedShares: number;
              accountErased: boolean;
            };
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/dossier/items': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** My timeline, newest first (keyset paging: pass nextCursor as cursor) */
    get: {
      parameters: {
        query?: {
          kind?: 'diploma' | 'credential' | 'result' | 'skill' | 'work-experience' | 'work-placement' | 'portfolio';
          collection?: string;
          cursor?: string;
          limit?: number;
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
          content: {
            'application/json': {
              items: {
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind: 'diploma' | 'credential' | 'result' | 'skill' | 'work-experience' | 'work-placement' | 'portfolio';
                title: string;
                description: string | null;
                details: {
                  [key: string]: unknown;
                };
                fileIds: string[];
                provenance: {
                  /** @enum {string} */
                  kind: 'self-declared' | 'institution-attested' | 'signed';
                  /** @description The attesting institution (institution-attested) */
                  institution: {
                    code: string;
                    name: string;
                  } | null;
                  /** @description The last verification of a signed credential; null when not verified yet */
                  verification: {
                    /** @description valid, invalid, revoked, suspended, expired, not-yet-valid, unreadable, unknown-issuer */
                    verdict: string;
                    verified: boolean;
                    checkedAt: string;
                    checks: {
                      name: string;
                      outcome: string;
                      code: string;
                    }[];
                  } | null;
                };
                /** @description Whether the learner may change the item (only self-declared items) */
                editable: boolean;
                datedAt: string;
                createdAt: string;
                updatedAt: string;
              }[];
              nextCursor: string | null;
            };
          };
        };
      };
    };
    put?: never;
    /** Add a self-declared item (diploma, skill, work experience, work placement, portfolio item) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json':
            | {
                /** @enum {string} */
                kind: 'diploma';
                title: string;
                description?: string | null;
                details?: {
                  issuerName?: string;
                  qualification?: string;
                  crebo?: string;
                  level?: number;
                  /** Format: date */
                  awardedOn?: string;
                };
                fileIds?: string[];
              }
            | {
                /** @enum {string} */
                kind: 'skill';
                title: string;
                description?: string | null;
                details?: {
                  /** @enum {string} */
                  level?: 'basic' | 'intermediate' | 'advanced' | 'expert';
                  /** Format: uri */
                  escoUri?: string;
                };
                fileIds?: string[];
              }
            | {
                /** @enum {string} */
                kind: 'work-experience';
                title: string;
                description?: string | null;
                details?: {
                  employer?: string;
                  role?: string;
                  /** Format: date */
                  startedOn?: string;
                  /** Format: date */
                  endedOn?: string;
                  hoursPerWeek?: number;
                };
                fileIds?: string[];
              }
            | {
                /** @enum {string} */
                kind: 'work-placement';
                title: string;
                description?: string | null;
                details?: {
                  company?: string;
                  /** Format: date */
                  startedOn?: string;
                  /** Format: date */
                  endedOn?: string;
                  hours?: number;
                  assessment?: string;
                  supervisor?: string;
                };
                fileIds?: string[];
              }
            | {
                /** @enum {string} */
                kind: 'portfolio';
                title: string;
                description?: string | null;
                details?: {
                  reflection?: string;
                };
                fileIds?: string[];
              };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** @enum {string} */
              kind: 'diploma' | 'credential' | 'result' | 'skill' | 'work-experience' | 'work-placement' | 'portfolio';
              title: string;
              description: string | null;
              details: {
                [key: string]: unknown;
              };
              fileIds: string[];
              provenance: {
                /** @enum {string} */
                kind: 'self-declared' | 'institution-attested' | 'signed';
                /** @description The attesting institution (institution-attested) */
                institution: {
                  code: string;
                  name: string;
                } | null;
                /** @description The last verification of a signed credential; null when not verified yet */
                verification: {
                  /** @description valid, invalid, revoked, suspended, expired, not-yet-valid, unreadable, unknown-issuer */
                  verdict: string;
                  verified: boolean;
                  checkedAt: string;
                  checks: {
                    name: string;
                    outcome: string;
                    code: string;
                  }[];
                } | null;
              };
              /** @description Whether the learner may change the item (only self-declared items) */
              editable: boolean;
              datedAt: string;
              createdAt: string;
              updatedAt: string;
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
  '/api/dossier/items/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One item of my dossier, with the names of its files */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
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
              /** Format: uuid */
              id: string;
              /** @enum {string} */
              kind: 'diploma' | 'credential' | 'result' | 'skill' | 'work-experience' | 'work-placement' | 'portfolio';
              title: string;
              description: string | null;
              details: {
                [key: string]: unknown;
              };
              fileIds: string[];
              provenance: {
                /** @enum {string} */
                kind: 'self-declared' | 'institution-attested' | 'signed';
                /** @description The attesting institution (institution-attested) */
                institution: {
                  code: string;
                  name: string;
                } | null;
                /** @description The last verification of a signed credential; null when not verified yet */
                verification: {
                  /** @description valid, invalid, revoked, suspended, expired, not-yet-valid, unreadable, unknown-issuer */
                  verdict: string;
                  verified: boolean;
                  checkedAt: string;
                  checks: {
                    name: string;
                    outcome: string;
                    code: string;
                  }[];
                } | null;
              };
              /** @description Whether the learner may change the item (only self-declared items) */
              editable: boolean;
              datedAt: string;
              createdAt: string;
              updatedAt: string;
              /** @description The evidence files, in the item’s order */
              files: {
                /** Format: uuid */
                id: string;
                name: string;
                mediaType: string;
                size: number;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    /** Remove an item (not one an institution attested: 409) */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
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
    options?: never;
    head?: never;
    /** Change a self-declared item (attested and signed items cannot be changed: 409) */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            title?: string;
            description?: string | null;
            details?: {
              [key: string]: unknown;
            };
            fileIds?: string[];
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
              /** Format: uuid */
              id: string;
              /** @enum {string} */
              kind: 'diploma' | 'credential' | 'result' | 'skill' | 'work-experience' | 'work-placement' | 'portfolio';
              title: string;
              description: string | null;
              details: {
                [key: string]: unknown;
              };
              fileIds: string[];
              provenance: {
                /** @enum {string} */
                kind: 'self-declared' | 'institution-attested' | 'signed';
                /** @description The attesting institution (institution-attested) */
                institution: {
                  code: string;
                  name: string;
                } | null;
                /** @description The last verification of a signed credential; null when not verified yet */
                verification: {
                  /** @description valid, invalid, revoked, suspended, expired, not-yet-valid, unreadable, unknown-issuer */
                  verdict: string;
                  verified: boolean;
                  checkedAt: string;
                  checks: {
                    name: string;
                    outcome: string;
                    code: string;
                  }[];
                } | null;
              };
              /** @description Whether the learner may change the item (only self-declared items) */
              editable: boolean;
              datedAt: string;
              createdAt: string;
              updatedAt: string;
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/dossier/items/{id}/verify': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Verify a signed credential again (signature, dates, revocation status) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': Record<string, never>;
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
              /** Format: uuid */
              id: string;
              /** @enum {string} */
              kind: 'diploma' | 'credential' | 'result' | 'skill' | 'work-experience' | 'work-placement' | 'portfolio';
              title: string;
              description: string | null;
              details: {
                [key: string]: unknown;
              };
              fileIds: string[];
              provenance: {
                /** @enum {string} */
                kind: 'self-declared' | 'institution-attested' | 'signed';
                /** @description The attesting institution (institution-attested) */
                institution: {
                  code: string;
                  name: string;
                } | null;
                /** @description The last verification of a signed credential; null when not verified yet */
                verification: {
                  /** @description valid, invalid, revoked, suspended, expired, not-yet-valid, unreadable, unknown-issuer */
                  verdict: string;
                  verified: boolean;
                  checkedAt: string;
                  checks: {
                    name: string;
                    outcome: string;
                    code: string;
                  }[];
                } | null;
              };
              /** @description Whether the learner may change the item (only self-declared items) */
              editable: boolean;
              datedAt: string;
              createdAt: string;
              updatedAt: string;
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
  '/api/dossier/credentials': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Import a credential (JSON document, compact VC-JWT, or an http(s) URL); it is verified first */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json':
            | {
                credential: {
                  [key: string]: unknown;
                };
              }
            | {
                jwt: string;
              }
            | {
                /** Format: uri */
                url: string;
              };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** @enum {string} */
              kind: 'diploma' | 'credential' | 'result' | 'skill' | 'work-experience' | 'work-placement' | 'portfolio';
              title: string;
              description: string | null;
              details: {
                [key: string]: unknown;
              };
              fileIds: string[];
              provenance: {
                /** @enum {string} */
                kind: 'self-declared' | 'institution-attested' | 'signed';
                /** @description The attesting institution (institution-attested) */
                institution: {
                  code: string;
                  name: string;
                } | null;
                /** @description The last verification of a signed credential; null when not verified yet */
                verification: {
                  /** @description valid, invalid, revoked, suspended, expired, not-yet-valid, unreadable, unknown-issuer */
                  verdict: string;
                  verified: boolean;
                  checkedAt: string;
                  checks: {
                    name: string;
                    outcome: string;
                    code: string;
                  }[];
                } | null;
              };
              /** @description Whether the learner may change the item (only self-declared items) */
              editable: boolean;
              datedAt: string;
              createdAt: string;
              updatedAt: string;
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
  '/api/dossier/collections': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** My collections */
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
              /** Format: uuid */
              id: string;
              name: string;
              description: string | null;
              itemIds: string[];
              createdAt: string;
              updatedAt: string;
            }[];
          };
        };
      };
    };
    put?: never;
    /** Create a collection */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            name: string;
            description?: string | null;
            itemIds?: string[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              name: string;
              description: string | null;
              itemIds: string[];
              createdAt: string;
              updatedAt: string;
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
  '/api/dossier/collections/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Remove a collection (its items stay; shares of the collection end) */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
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
    options?: never;
    head?: never;
    /** Change a collection (name, description, items in order) */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            name?: string;
            description?: string | null;
            itemIds?: string[];
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
              /** Format: uuid */
              id: string;
              name: string;
              description: string | null;
              itemIds: string[];
              createdAt: string;
              updatedAt: string;
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/dossier/files/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Download one of my files */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
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
  '/api/dossier/files/{id}/preview': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Preview one of my files: images downscaled to WebP (at most 800 × 800), PDFs inline (the browser renders them), other types as a download */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
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
  '/api/dossier/shares': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** My shares (active, expired and revoked) */
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
              /** Format: uuid */
              id: string;
              collectionId: string | null;
              itemIds: string[];
              recipientName: string | null;
              institutionId: string | null;
              expiresAt: string;
              revokedAt: string | null;
              /** @enum {string} */
              status: 'active' | 'expired' | 'revoked';
              openCount: number;
              lastOpenedAt: string | null;
              createdAt: string;
            }[];
          };
        };
      };
    };
    put?: never;
    /** Share items or one collection until a date; the link (with its token) is returned only now */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            itemIds?: string[];
            /** Format: uuid */
            collectionId?: string;
            /** Format: date-time */
            expiresAt: string;
            recipientName?: string;
            /**
             * Format: uuid
             * @description Share with the staff of an institution (they see it in their list)
             */
            institutionId?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              token: string;
              url: string;
              expiresAt: string;
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
  '/api/dossier/shares/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Revoke a share */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
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
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/shared/{token}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Open a share link: the learner’s name and the shared items with their provenance (410 when expired or revoked) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          token: string;
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
              ownerName: string;
              recipientName: string | null;
              expiresAt: string;
              items: {
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind: 'diploma' | 'credential' | 'result' | 'skill' | 'work-experience' | 'work-placement' | 'portfolio';
                title: string;
                description: string | null;
                details: {
                  [key: string]: unknown;
                };
                provenance: {
                  /** @enum {string} */
                  kind: 'self-declared' | 'institution-attested' | 'signed';
                  /** @description The attesting institution (institution-attested) */
                  institution: {
                    code: string;
                    name: string;
                  } | null;
                  /** @description The last verification of a signed credential; null when not verified yet */
                  verification: {
                    /** @description valid, invalid, revoked, suspended, expired, not-yet-valid, unreadable, unknown-issuer */
                    verdict: string;
                    verified: boolean;
                    checkedAt: string;
                    checks: {
                      name: string;
                      outcome: string;
                      code: string;
                    }[];
                  } | null;
                };
                datedAt: string;
                /** @description Evidence files, downloadable through /api/shared/{token}/files/{fileId} */
                files: {
                  /** Format: uuid */
                  id: string;
                  name: string;
                  mediaType: string;
                  size: number;
                }[];
              }[];
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
  '/api/shared/{token}/presentation': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Download the shared items: a W3C verifiable presentation of the signed credentials plus the other items (JSON) */
    get: {
      parameters: {
        query?: {
          format?: 'vp' | 'json';
        };
        header?: never;
        path: {
          token: string;
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
  '/api/shared/{token}/files/{fileId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Download an evidence file of a shared item (404 for any other file; 410 when the link expired or was revoked) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          token: string;
          fileId: string;
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
  '/api/dossier/access-log': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Who looked at my data: share opens, downloads, failed opens, institution reads (newest first) */
    get: {
      parameters: {
        query?: {
          kind?: 'share-open' | 'share-download' | 'share-file' | 'share-open-failed' | 'institution-read';
          from?: string;
          to?: string;
          share?: string;
          limit?: number;
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
          content: {
            'application/json': {
              entries: {
                /** Format: uuid */
                id: string;
                occurredAt: string;
                /** @enum {string} */
                kind: 'share-open' | 'share-download' | 'share-file' | 'share-open-failed' | 'institution-read';
                shareId: string | null;
                recipientName: string | null;
                institution: {
                  /** Format: uuid */
                  id: string;
                  name: string | null;
                } | null;
                /** @description Why an open failed: revoked or expired */
                reason: string | null;
                itemCount: number;
              }[];
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
  '/api/dossier/export.jsonld': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** My whole dossier as JSON-LD (European Learning Model terms where they fit) */
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
  '/api/dossier/export.zip': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** My whole dossier as a zip: dossier.jsonld plus every file (streamed) */
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
  '/api/dossier/export.pdf': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** My dossier, or one collection, as a readable PDF */
    get: {
      parameters: {
        query?: {
          collection?: string;
          lang?: 'nl' | 'en';
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
  '/api/dossier/items/{id}/correction-requests': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Ask the institution that attested an item to correct it */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            message: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              itemId: string;
              itemTitle: string;
              /** Format: uuid */
              institutionId: string;
              institutionName: string | null;
              message: string;
              /** @enum {string} */
              status: 'open' | 'corrected' | 'declined';
              answer: string | null;
              answeredAt: string | null;
              createdAt: string;
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
  '/api/dossier/correction-requests': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** My correction requests and their answers */
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
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              itemId: string;
              itemTitle: string;
              /** Format: uuid */
              institutionId: string;
              institutionName: string | null;
              message: string;
              /** @enum {string} */
              status: 'open' | 'corrected' | 'declined';
              answer: string | null;
              answeredAt: string | null;
              createdAt: string;
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
  '/api/dossier/institution/correction-requests': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Correction requests about items my institution attested (staff) */
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
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              itemId: string;
              itemTitle: string;
              /** Format: uuid */
              institutionId: string;
              institutionName: string | null;
              message: string;
              /** @enum {string} */
              status: 'open' | 'corrected' | 'declined';
              answer: string | null;
              answeredAt: string | null;
              createdAt: string;
              learnerName: string;
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
  '/api/dossier/institution/correction-requests/{id}/answer': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Answer a correction request (staff of the attesting institution) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string} */
            status: 'corrected' | 'declined';
            answer: string;
          };
        };
      };
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
  '/api/dossier/institution/shares': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Dossier shares learners addressed to my institution (staff) */
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
              /** Format: uuid */
              id: string;
              learnerName: string;
              expiresAt: string;
              createdAt: string;
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
  '/api/dossier/institution/shares/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Read a share addressed to my institution (the read is shown to the learner) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
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
              learnerName: string;
              items: {
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind: 'diploma' | 'credential' | 'result' | 'skill' | 'work-experience' | 'work-placement' | 'portfolio';
                title: string;
                description: string | null;
                details: {
                  [key: string]: unknown;
                };
                fileIds: string[];
                provenance: {
                  /** @enum {string} */
                  kind: 'self-declared' | 'institution-attested' | 'signed';
                  /** @description The attesting institution (institution-attested) */
                  institution: {
                    code: string;
                    name: string;
                  } | null;
                  /** @description The last verification of a signed credential; null when not verified yet */
                  verification: {
                    /** @description valid, invalid, revoked, suspended, expired, not-yet-valid, unreadable, unknown-issuer */
                    verdict: string;
                    verified: boolean;
                    checkedAt: string;
                    checks: {
                      name: string;
                      outcome: string;
                      code: string;
                    }[];
                  } | null;
                };
                /** @description Whether the learner may change the item (only self-declared items) */
                editable: boolean;
                datedAt: string;
                createdAt: string;
                updatedAt: string;
              }[];
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
  '/api/dossier/institution/learners/{learnerId}/items/{externalId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Put a result, work placement or diploma into a learner’s dossier (idempotent by your own id; client credentials, dossier:write) */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          learnerId: string;
          externalId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json':
            | {
                /** @enum {string} */
                kind: 'result';
                title: string;
                description?: string | null;
                details?: {
                  unitCode?: string;
                  unitName?: string;
                  grade?: string;
                  passed?: boolean;
                  /** Format: date */
                  assessedOn?: string;
                  crebo?: string;
                };
              }
            | {
                /** @enum {string} */
                kind: 'work-placement';
                title: string;
                description?: string | null;
                details?: {
                  company?: string;
                  /** Format: date */
                  startedOn?: string;
                  /** Format: date */
                  endedOn?: string;
                  hours?: number;
                  assessment?: string;
                  supervisor?: string;
                };
              }
            | {
                /** @enum {string} */
                kind: 'diploma';
                title: string;
                description?: string | null;
                details?: {
                  issuerName?: string;
                  qualification?: string;
                  crebo?: string;
                  level?: number;
                  /** Format: date */
                  awardedOn?: string;
                };
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
              /** Format: uuid */
              id: string;
              /** @enum {string} */
              kind: 'diploma' | 'credential' | 'result' | 'skill' | 'work-experience' | 'work-placement' | 'portfolio';
              title: string;
              description: string | null;
              details: {
                [key: string]: unknown;
              };
              fileIds: string[];
              provenance: {
                /** @enum {string} */
                kind: 'self-declared' | 'institution-attested' | 'signed';
                /** @description The attesting institution (institution-attested) */
                institution: {
                  code: string;
                  name: string;
                } | null;
                /** @description The last verification of a signed credential; null when not verified yet */
                verification: {
                  /** @description valid, invalid, revoked, suspended, expired, not-yet-valid, unreadable, unknown-issuer */
                  verdict: string;
                  verified: boolean;
                  checkedAt: string;
                  checks: {
                    name: string;
                    outcome: string;
                    code: string;
                  }[];
                } | null;
              };
              /** @description Whether the learner may change the item (only self-declared items) */
              editable: boolean;
              datedAt: string;
              createdAt: string;
              updatedAt: string;
            };
          };
        };
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** @enum {string} */
              kind: 'diploma' | 'credential' | 'result' | 'skill' | 'work-experience' | 'work-placement' | 'portfolio';
              title: string;
              description: string | null;
              details: {
                [key: string]: unknown;
              };
              fileIds: string[];
              provenance: {
                /** @enum {string} */
                kind: 'self-declared' | 'institution-attested' | 'signed';
                /** @description The attesting institution (institution-attested) */
                institution: {
                  code: string;
                  name: string;
                } | null;
                /** @description The last verification of a signed credential; null when not verified yet */
                verification: {
                  /** @description valid, invalid, revoked, suspended, expired, not-yet-valid, unreadable, unknown-issuer */
                  verdict: string;
                  verified: boolean;
                  checkedAt: string;
                  checks: {
                    name: string;
                    outcome: string;
                    code: string;
                  }[];
                } | null;
              };
              /** @description Whether the learner may change the item (only self-declared items) */
              editable: boolean;
              datedAt: string;
              createdAt: string;
              updatedAt: string;
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/logistics/rulesets': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The hour-norm rulesets by version, the default figures with their sources, and the calibrated progression rates */
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
              hourNorms: {
                [key: string]: unknown;
              }[];
              defaults: {
                [key: string]: {
                  value: number;
                  unit: string;
                  source: {
                    [key: string]: unknown;
                  };
                };
              };
              conceptSource: {
                [key: string]: unknown;
              };
              progression: {
                [key: string]: unknown;
              };
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
  '/api/logistics/calculations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Computes a scenario: per cell and in total groups, fill rate, staff, rooms, money, hour norms and waiting time
     * @description Invalid input is answered with 400 and a message per field (for example `body/cells/3/students`).
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            inputs: {
              /** @enum {string} */
              rulesetId: 'web-7.2.7' | 'web-7.2.7-wetsvoorstel-36670';
              concept: {
                groupSizeTheory: number;
                groupSizePractice: number;
                minGroupSize: number;
                theoryPercent: number;
                onlinePercent: number;
                onlineSavingPercent: number;
                elsewherePercent: number;
                intakeMoments: number;
                /** @enum {string} */
                smallGroupPolicy: 'merge' | 'postpone';
              };
              parameters: {
                hoursPerFte: number;
                loadFactor: number;
                bpvSupervisionHours: number;
                costPerFteCents: number;
                fundingBolCents: number;
                fundingBblCents: number;
                benchmarkStudentsPerFte: number;
                bblWeightPercent: number;
                contactCapPerWeek: number;
                bpvHoursPerWeek: number;
                weeksPerYearForArrivals: number;
              };
              rooms: {
                key: string;
                name: string;
                count: number;
                capacity: number;
                hoursPerWeek: number;
              }[];
              cells: {
                crebo: string;
                title: string;
                niveau: number;
                /** @enum {string} */
                leerweg: 'BOL' | 'BBL';
                year: number;
                programmeYears: number;
                students: number;
                totalHours: number;
                botHours: number;
                bpvHours: number;
                theoryRoomType: string;
                practiceRoomType: string;
                unitId?: string | null;
                groupSizeTheory?: number;
                groupSizePractice?: number;
                minGroupSize?: number;
                theoryPercent?: number;
                onlinePercent?: number;
                onlineSavingPercent?: number;
                elsewherePercent?: number;
                intakeMoments?: number;
                /** @enum {string} */
                smallGroupPolicy?: 'merge' | 'postpone';
              }[];
            };
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
              cells: {
                [key: string]: unknown;
              }[];
              totals: {
                [key: string]: unknown;
              };
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
  '/api/logistics/forecasts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Forecasts student numbers 1–5 years ahead with a cohort-flow model (inflow, pass, drop-out and switch rates, changes) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            inputs: {
              /** @enum {string} */
              rulesetId: 'web-7.2.7' | 'web-7.2.7-wetsvoorstel-36670';
              concept: {
                groupSizeTheory: number;
                groupSizePractice: number;
                minGroupSize: number;
                theoryPercent: number;
                onlinePercent: number;
                onlineSavingPercent: number;
                elsewherePercent: number;
                intakeMoments: number;
                /** @enum {string} */
                smallGroupPolicy: 'merge' | 'postpone';
              };
              parameters: {
                hoursPerFte: number;
                loadFactor: number;
                bpvSupervisionHours: number;
                costPerFteCents: number;
                fundingBolCents: number;
                fundingBblCents: number;
                benchmarkStudentsPerFte: number;
                bblWeightPercent: number;
                contactCapPerWeek: number;
                bpvHoursPerWeek: number;
                weeksPerYearForArrivals: number;
              };
              rooms: {
                key: string;
                name: string;
                count: number;
                capacity: number;
                hoursPerWeek: number;
              }[];
              cells: {
                crebo: string;
                title: string;
                niveau: number;
                /** @enum {string} */
                leerweg: 'BOL' | 'BBL';
                year: number;
                programmeYears: number;
                students: number;
                totalHours: number;
                botHours: number;
                bpvHours: number;
                theoryRoomType: string;
                practiceRoomType: string;
                unitId?: string | null;
                groupSizeTheory?: number;
                groupSizePractice?: number;
                minGroupSize?: number;
                theoryPercent?: number;
                onlinePercent?: number;
                onlineSavingPercent?: number;
                elsewherePercent?: number;
                intakeMoments?: number;
                /** @enum {string} */
                smallGroupPolicy?: 'merge' | 'postpone';
              }[];
            };
            settings: {
              horizon: number;
              inflowTrendPercent: number;
              changes: {
                /** @enum {string} */
                kind: 'one-off' | 'structural' | 'temporary';
                percent: number;
                fromYear: number;
                /** @default 1 */
                years?: number;
                crebo?: string | null;
                leerweg?: ('BOL' | 'BBL') | null;
                label?: string;
              }[];
            };
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
              years: {
                year: number;
                total: number;
                byCell: {
                  [key: string]: number;
                };
              }[];
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
  '/api/logistics/simulations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Monte Carlo simulation of arrivals and progression: P10/P50/P90 bands for FTE, fill rate and mean wait
     * @description Seeded: the same inputs, seed and number of runs give the same bands. With randomness off it reproduces the analytic engine.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            inputs: {
              /** @enum {string} */
              rulesetId: 'web-7.2.7' | 'web-7.2.7-wetsvoorstel-36670';
              concept: {
                groupSizeTheory: number;
                groupSizePractice: number;
                minGroupSize: number;
                theoryPercent: number;
                onlinePercent: number;
                onlineSavingPercent: number;
                elsewherePercent: number;
                intakeMoments: number;
                /** @enum {string} */
                smallGroupPolicy: 'merge' | 'postpone';
              };
              parameters: {
                hoursPerFte: number;
                loadFactor: number;
                bpvSupervisionHours: number;
                costPerFteCents: number;
                fundingBolCents: number;
                fundingBblCents: number;
                benchmarkStudentsPerFte: number;
                bblWeightPercent: number;
                contactCapPerWeek: number;
                bpvHoursPerWeek: number;
                weeksPerYearForArrivals: number;
              };
              rooms: {
                key: string;
                name: string;
                count: number;
                capacity: number;
                hoursPerWeek: number;
              }[];
              cells: {
                crebo: string;
                title: string;
                niveau: number;
                /** @enum {string} */
                leerweg: 'BOL' | 'BBL';
                year: number;
                programmeYears: number;
                students: number;
                totalHours: number;
                botHours: number;
                bpvHours: number;
                theoryRoomType: string;
                practiceRoomType: string;
                unitId?: string | null;
                groupSizeTheory?: number;
                groupSizePractice?: number;
                minGroupSize?: number;
                theoryPercent?: number;
                onlinePercent?: number;
                onlineSavingPercent?: number;
                elsewherePercent?: number;
                intakeMoments?: number;
                /** @enum {string} */
                smallGroupPolicy?: 'merge' | 'postpone';
              }[];
            };
            /** @default 2000 */
            runs?: number;
            /** @default 1 */
            seed?: number;
            /** @default true */
            randomness?: boolean;
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
              runs: number;
              seed: number;
              randomness: boolean;
              fte: {
                p10: number;
                p50: number;
                p90: number;
                mean: number;
              };
              fillRate: {
                p10: number;
                p50: number;
                p90: number;
                mean: number;
              };
              waitMeanWeeks: {
                p10: number;
                p50: number;
                p90: number;
                mean: number;
              };
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
  '/api/logistics/institutions/{institutionId}/scenarios': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** An institution's scenarios the caller may see: shared ones and their own */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          institutionId: string;
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
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              institutionId: string;
              name: string;
              description: string | null;
              /** @enum {string} */
              kind: 'baseline' | 'variant';
              basedOnId: string | null;
              ownerName: string | null;
              mine: boolean;
              shared: boolean;
              cellCount: number;
              version: number;
              isDemo: boolean;
              createdAt: string;
              updatedAt: string;
            }[];
          };
        };
      };
    };
    put?: never;
    /** Create a scenario (a baseline or a variant); without inputs it starts from the defaults */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          institutionId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            name: string;
            description?: string | null;
            /**
             * @default variant
             * @enum {string}
             */
            kind?: 'baseline' | 'variant';
            /** @default false */
            shared?: boolean;
            inputs?: {
              /** @enum {string} */
              rulesetId: 'web-7.2.7' | 'web-7.2.7-wetsvoorstel-36670';
              concept: {
                groupSizeTheory: number;
                groupSizePractice: number;
                minGroupSize: number;
                theoryPercent: number;
                onlinePercent: number;
                onlineSavingPercent: number;
                elsewherePercent: number;
                intakeMoments: number;
                /** @enum {string} */
                smallGroupPolicy: 'merge' | 'postpone';
              };
              parameters: {
                hoursPerFte: number;
                loadFactor: number;
                bpvSupervisionHours: number;
                costPerFteCents: number;
                fundingBolCents: number;
                fundingBblCents: number;
                benchmarkStudentsPerFte: number;
                bblWeightPercent: number;
                contactCapPerWeek: number;
                bpvHoursPerWeek: number;
                weeksPerYearForArrivals: number;
              };
              rooms: {
                key: string;
                name: string;
                count: number;
                capacity: number;
                hoursPerWeek: number;
              }[];
              cells: {
                crebo: string;
                title: string;
                niveau: number;
                /** @enum {string} */
                leerweg: 'BOL' | 'BBL';
                year: number;
                programmeYears: number;
                students: number;
                totalHours: number;
                botHours: number;
                bpvHours: number;
                theoryRoomType: string;
                practiceRoomType: string;
                unitId?: string | null;
                groupSizeTheory?: number;
                groupSizePractice?: number;
                minGroupSize?: number;
                theoryPercent?: number;
                onlinePercent?: number;
                onlineSavingPercent?: number;
                elsewherePercent?: number;
                intakeMoments?: number;
                /** @enum {string} */
                smallGroupPolicy?: 'merge' | 'postpone';
              }[];
            };
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
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
  '/api/logistics/scenarios/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One scenario with its inputs */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
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
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              institutionId: string;
              name: string;
              description: string | null;
              /** @enum {string} */
              kind: 'baseline' | 'variant';
              basedOnId: string | null;
              ownerName: string | null;
              mine: boolean;
              shared: boolean;
              cellCount: number;
              version: number;
              isDemo: boolean;
              createdAt: string;
              updatedAt: string;
              inputs: {
                /** @enum {string} */
                rulesetId: 'web-7.2.7' | 'web-7.2.7-wetsvoorstel-36670';
                concept: {
                  groupSizeTheory: number;
                  groupSizePractice: number;
                  minGroupSize: number;
                  theoryPercent: number;
                  onlinePercent: number;
                  onlineSavingPercent: number;
                  elsewherePercent: number;
                  intakeMoments: number;
                  /** @enum {string} */
                  smallGroupPolicy: 'merge' | 'postpone';
                };
                parameters: {
                  hoursPerFte: number;
                  loadFactor: number;
                  bpvSupervisionHours: number;
                  costPerFteCents: number;
                  fundingBolCents: number;
                  fundingBblCents: number;
                  benchmarkStudentsPerFte: number;
                  bblWeightPercent: number;
                  contactCapPerWeek: number;
                  bpvHoursPerWeek: number;
                  weeksPerYearForArrivals: number;
                };
                rooms: {
                  key: string;
                  name: string;
                  count: number;
                  capacity: number;
                  hoursPerWeek: number;
                }[];
                cells: {
                  crebo: string;
                  title: string;
                  niveau: number;
                  /** @enum {string} */
                  leerweg: 'BOL' | 'BBL';
                  year: number;
                  programmeYears: number;
                  students: number;
                  totalHours: number;
                  botHours: number;
                  bpvHours: number;
                  theoryRoomType: string;
                  practiceRoomType: string;
                  unitId?: string | null;
                  groupSizeTheory?: number;
                  groupSizePractice?: number;
                  minGroupSize?: number;
                  theoryPercent?: number;
                  onlinePercent?: number;
                  onlineSavingPercent?: number;
                  elsewherePercent?: number;
                  intakeMoments?: number;
                  /** @enum {string} */
                  smallGroupPolicy?: 'merge' | 'postpone';
                }[];
              };
              canChange: boolean;
            };
          };
        };
      };
    };
    /**
     * Save a scenario (name, description, sharing within the institution, inputs)
     * @description `version` is the version that was edited; when someone saved in between the answer is 409.
     */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            version: number;
            name?: string;
            description?: string | null;
            shared?: boolean;
            inputs?: {
              /** @enum {string} */
              rulesetId: 'web-7.2.7' | 'web-7.2.7-wetsvoorstel-36670';
              concept: {
                groupSizeTheory: number;
                groupSizePractice: number;
                minGroupSize: number;
                theoryPercent: number;
                onlinePercent: number;
                onlineSavingPercent: number;
                elsewherePercent: number;
                intakeMoments: number;
                /** @enum {string} */
                smallGroupPolicy: 'merge' | 'postpone';
              };
              parameters: {
                hoursPerFte: number;
                loadFactor: number;
                bpvSupervisionHours: number;
                costPerFteCents: number;
                fundingBolCents: number;
                fundingBblCents: number;
                benchmarkStudentsPerFte: number;
                bblWeightPercent: number;
                contactCapPerWeek: number;
                bpvHoursPerWeek: number;
                weeksPerYearForArrivals: number;
              };
              rooms: {
                key: string;
                name: string;
                count: number;
                capacity: number;
                hoursPerWeek: number;
              }[];
              cells: {
                crebo: string;
                title: string;
                niveau: number;
                /** @enum {string} */
                leerweg: 'BOL' | 'BBL';
                year: number;
                programmeYears: number;
                students: number;
                totalHours: number;
                botHours: number;
                bpvHours: number;
                theoryRoomType: string;
                practiceRoomType: string;
                unitId?: string | null;
                groupSizeTheory?: number;
                groupSizePractice?: number;
                minGroupSize?: number;
                theoryPercent?: number;
                onlinePercent?: number;
                onlineSavingPercent?: number;
                elsewherePercent?: number;
                intakeMoments?: number;
                /** @enum {string} */
                smallGroupPolicy?: 'merge' | 'postpone';
              }[];
            };
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
              version: number;
            };
          };
        };
      };
    };
    post?: never;
    /** Delete a scenario */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
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
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/logistics/scenarios/{id}/duplicate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Copy a scenario into a new private variant of the caller */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            name?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
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
  '/api/logistics/scenarios/{id}/student-numbers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Import student numbers per cell from CSV or Excel (.xlsx); with dryRun=true a preview that saves nothing
     * @description Columns: crebo, leerweg (BOL/BBL), leerjaar, studenten. Every row is checked first; when any row is wrong the answer is 422 with every row error and nothing changes.
     */
    post: {
      parameters: {
        query?: {
          dryRun?: 'true' | 'false';
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'text/csv': unknown;
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': unknown;
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
              dryRun: boolean;
              rows: number;
              changed: number;
              unchanged: number;
              version: number;
              changes: {
                key: string;
                title: string;
                before: number;
                after: number;
              }[];
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
  '/api/logistics/student-numbers/template.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A CSV template for student numbers */
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
  '/api/logistics/scenarios/{id}/report.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A scenario's cells and totals as CSV */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
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
  '/api/logistics/scenarios/{id}/report.pdf': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A scenario report as PDF */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
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
  '/api/dossier/files': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Upload a file (the raw bytes as the body; Content-Type as declared, checked against the bytes) */
    post: {
      parameters: {
        query?: {
          /** @description The file name to keep */
          name?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              name: string;
              /** @description The type read from the bytes */
              mediaType: string;
              size: number;
              sha256: string;
              createdAt: string;
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
