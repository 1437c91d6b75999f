//! The page context every template gets: language, direction, the user, the CSRF token,
//! the current path (for the language switch), a flash message, and the navigation.

use rocket::http::Status;
use rocket::request::{FlashMessage, FromRequest, Outcome, Request};
use rocket_dyn_templates::Template;
use serde::Serialize;
use serde_json::{json, Map, Value};

use super::csrf::CsrfToken;
use super::guards::{CurrentUser, Lang, SessionExpired, Tenant};
use crate::domain::roles::{is_operator, Role, Scope};
use crate::error::AppError;
use crate::i18n;

/// One link of the navigation.
#[derive(Debug, Clone, Serialize)]
pub struct NavLink {
    /// Target.
    pub href: String,
    /// Message key of the label.
    pub label: String,
}

/// Page context (see the module docs).
#[derive(Debug, Clone, Serialize)]
pub struct Ui {
    /// Language code.
    pub lang: &'static str,
    /// `ltr` or `rtl`.
    pub dir: &'static str,
    /// Languages for the switch: (code, name).
    pub languages: Vec<(&'static str, &'static str)>,
    /// The logged-in user's e-mail.
    pub user_email: Option<String>,
    /// CSRF token for forms.
    pub csrf: String,
    /// Current path and query, URL-encoded, for `?next=`.
    pub here: String,
    /// Flash message: (kind, message key).
    pub flash: Option<(String, String)>,
    /// The session just timed out.
    pub session_expired: bool,
    /// Navigation.
    pub nav: Vec<NavLink>,
    /// Staff roles of the user in municipalities, by slug (for navigation).
    #[serde(skip)]
    grants: Vec<crate::domain::roles::Grant>,
}

/// Office, administration and district pages exist in German and English only: there a
/// parent-portal language shows the page in German (so the page's `lang` is true).
fn staff_language(path: &str, lang: &'static str) -> &'static str {
    let mut segments = path.trim_start_matches('/').split('/');
    let first = segments.next().unwrap_or_default();
    let second = segments.next().unwrap_or_default();
    let staff =
        matches!(first, "admin" | "kreis" | "traeger") || matches!(second, "office" | "admin");
    if staff && !i18n::FULL_LANGUAGES.contains(&lang) {
        i18n::DEFAULT_LANG
    } else {
        lang
    }
}

#[rocket::async_trait]
impl<'r> FromRequest<'r> for Ui {
    type Error = AppError;
    async fn from_request(req: &'r Request<'_>) -> Outcome<Self, AppError> {
        let user = match req.guard::<CurrentUser>().await {
            Outcome::Success(u) => u.0,
            Outcome::Error(e) => return Outcome::Error(e),
            Outcome::Forward(_) => None,
        };
        let flash = match req.guard::<Option<FlashMessage<'_>>>().await {
            Outcome::Success(Some(f)) => Some((f.kind().to_string(), f.message().to_string())),
            _ => None,
        };
        let lang = staff_language(req.uri().path().as_str(), Lang::of(req));
        let mut nav = Vec::new();
        let grants = user.as_ref().map(|u| u.grants.clone()).unwrap_or_default();
        if user.is_some() {
            if is_operator(&grants) {
                nav.push(NavLink {
                    href: "/admin".into(),
                    label: "nav-admin".into(),
                });
            }
            nav.push(NavLink {
                href: "/account".into(),
                label: "nav-account".into(),
            });
        }
        let here = req.uri().to_string();
        Outcome::Success(Ui {
            lang,
            dir: i18n::direction(lang),
            languages: i18n::LANGUAGES.iter().map(|l| (l.0, l.1)).collect(),
            user_email: user.map(|u| u.user.email),
            csrf: CsrfToken::of(req),
            here: url::form_urlencoded::byte_serialize(here.as_bytes()).collect(),
            flash,
            session_expired: req.local_cache(|| SessionExpired(false)).0,
            nav,
            grants,
        })
    }
}

impl Ui {
    /// Renders `template` with this context plus the keys of `extra` (an object).
    pub fn render(&self, template: &'static str, extra: Value) -> Template {
        Template::render(template, self.context(extra))
    }

    /// Renders with a status (form errors: 422).
    pub fn render_status(
        &self,
        status: Status,
        template: &'static str,
        extra: Value,
    ) -> (Status, Template) {
        (status, self.render(template, extra))
    }

    /// Renders inside a municipality: adds the tenant and its navigation.
    pub fn render_in(&self, tenant: &Tenant, template: &'static str, extra: Value) -> Template {
        let mut ui = self.clone();
        let in_tenant = |roles: &[Role]| {
            ui.grants.iter().any(|g| {
                roles.contains(&g.role)
                    && matches!(&g.scope, Scope::Municipality { municipality, .. } if municipality == tenant.id.as_str())
            })
        };
        let mut links = vec![
            NavLink {
                href: format!("/{}", tenant.slug),
                label: "nav-start".into(),
            },
            NavLink {
                href: format!("/{}/kitas", tenant.slug),
                label: "nav-kitas".into(),
            },
        ];
        if in_tenant(&Role::MUNICIPALITY_STAFF) {
            links.push(NavLink {
                href: format!("/{}/office", tenant.slug),
                label: "nav-office".into(),
            });
        }
        if in_tenant(&[Role::Parent]) {
            links.push(NavLink {
                href: format!("/{}/family", tenant.slug),
                label: "nav-family".into(),
            });
            links.push(NavLink {
                href: format!("/{}/applications", tenant.slug),
                label: "nav-applications".into(),
            });
            links.push(NavLink {
                href: format!("/{}/family/fees", tenant.slug),
                label: "nav-family-fees".into(),
            });
        }
        if in_tenant(&[Role::YouthOffice, Role::ProviderAdmin]) {
            links.push(NavLink {
                href: format!("/{}/office/facilities", tenant.slug),
                label: "nav-facilities".into(),
            });
        }
        if in_tenant(&[Role::YouthOffice]) {
            links.push(NavLink {
                href: format!("/{}/office/applications", tenant.slug),
                label: "nav-office-applications".into(),
            });
            links.push(NavLink {
                href: format!("/{}/office/review", tenant.slug),
                label: "nav-review".into(),
            });
            links.push(NavLink {
                href: format!("/{}/office/allocation", tenant.slug),
                label: "nav-allocation".into(),
            });
            links.push(NavLink {
                href: format!("/{}/office/planning", tenant.slug),
                label: "nav-planning".into(),
            });
            links.push(NavLink {
                href: format!("/{}/office/fees", tenant.slug),
                label: "nav-fees".into(),
            });
        }
        if in_tenant(&[
            Role::YouthOffice,
            Role::ProviderAdmin,
            Role::FacilityLead,
            Role::FacilityStaff,
        ]) {
            links.push(NavLink {
                href: format!("/{}/office/contracts", tenant.slug),
                label: "nav-contracts".into(),
            });
            links.push(NavLink {
                href: format!("/{}/office/statistics", tenant.slug),
                label: "nav-statistics-exports".into(),
            });
        }
        if in_tenant(&[Role::FacilityLead]) {
            links.push(NavLink {
                href: format!("/{}/office/proposals", tenant.slug),
                label: "nav-proposals".into(),
            });
        }
        if in_tenant(&[Role::MunicipalityAdmin]) {
            links.push(NavLink {
                href: format!("/{}/admin/users", tenant.slug),
                label: "nav-users".into(),
            });
            links.push(NavLink {
                href: format!("/{}/admin/settings", tenant.slug),
                label: "nav-settings".into(),
            });
            links.push(NavLink {
                href: format!("/{}/admin/rules", tenant.slug),
                label: "nav-rules".into(),
            });
            links.push(NavLink {
                href: format!("/{}/admin/register", tenant.slug),
                label: "nav-ewo".into(),
            });
            links.push(NavLink {
                href: format!("/{}/admin/allocation", tenant.slug),
                label: "nav-allocation-settings".into(),
            });
            links.push(NavLink {
                href: format!("/{}/admin/letters", tenant.slug),
                label: "nav-letters".into(),
            });
            links.push(NavLink {
                href: format!("/{}/admin/fees", tenant.slug),
                label: "nav-fees-schedule".into(),
            });
            links.push(NavLink {
                href: format!("/{}/admin/sepa", tenant.slug),
                label: "nav-sepa".into(),
            });
            links.push(NavLink {
                href: format!("/{}/admin/texts", tenant.slug),
                label: "nav-texts".into(),
            });
            links.push(NavLink {
                href: format!("/{}/admin/api-tokens", tenant.slug),
                label: "nav-api-tokens".into(),
            });
            links.push(NavLink {
                href: format!("/{}/admin/audit", tenant.slug),
                label: "nav-audit".into(),
            });
        }
        links.append(&mut ui.nav);
        ui.nav = links;
        let mut ctx = ui.context(extra);
        if let Value::Object(map) = &mut ctx {
            map.insert("tenant".into(), json!(tenant));
            map.insert("ov".into(), json!(tenant.id.as_str()));
        }
        Template::render(template, ctx)
    }

    fn context(&self, extra: Value) -> Value {
        let mut map: Map<String, Value> = match serde_json::to_value(self) {
            Ok(Value::Object(m)) => m,
            _ => Map::new(),
        };
        // `ov`: whose text overrides `t()` applies (the municipality's id; none outside one).
        map.insert("ov".into(), json!(""));
        if let Value::Object(extra) = extra {
            map.extend(extra);
        }
        Value::Object(map)
    }
}

#[cfg(test)]
mod tests {
    use super::staff_language;

    #[test]
    fn staff_pages_fall_back_to_german_for_parent_only_languages() {
        assert_eq!(staff_language("/musterstadt/office/contracts", "tr"), "de");
        assert_eq!(staff_language("/kreis/musterkreis", "ar"), "de");
        assert_eq!(staff_language("/musterstadt/admin/users", "en"), "en");
        assert_eq!(staff_language("/musterstadt/applications", "ar"), "ar");
        assert_eq!(staff_language("/", "fa"), "fa");
    }
}
