//! Texts a municipality puts in place of the shipped catalogue text, per language.
//!
//! An override is a Fluent pattern: plain text with the placeholders of the shipped message
//! (`{ $name }`); plural variants are allowed, references to other messages and functions are
//! not. The texts of each municipality are kept in memory with the version they were read at;
//! the tenant guard reloads them when the database holds a newer version (so several app
//! instances stay in step), and `t()` in templates consults them when it is given `ov`.

use std::collections::{BTreeSet, HashMap};
use std::sync::{Arc, OnceLock, RwLock};

use fluent_syntax::ast;
use fluent_templates::fluent_bundle::concurrent::FluentBundle;
use fluent_templates::fluent_bundle::{FluentArgs, FluentResource, FluentValue};

/// The most characters an override may have.
pub const MAX_LEN: usize = 2000;

/// Why an override text cannot be used (message keys of the reasons).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OverrideError {
    /// Longer than [`MAX_LEN`].
    TooLong,
    /// Braces that are no placeholder, or other Fluent syntax errors.
    Syntax,
    /// A placeholder the shipped text does not have (its name).
    UnknownPlaceholder(String),
    /// References to other messages, terms or functions.
    NotAllowed,
}

impl OverrideError {
    /// The message key explaining the error to the admin.
    pub fn key(&self) -> &'static str {
        match self {
            Self::TooLong => "texts-error-too-long",
            Self::Syntax => "texts-error-syntax",
            Self::UnknownPlaceholder(_) => "texts-error-placeholder",
            Self::NotAllowed => "texts-error-not-allowed",
        }
    }
}

/// Wraps `text` as the value of the Fluent message `key` (continuation lines indented).
fn as_ftl(key: &str, text: &str) -> String {
    let mut out = format!("{key} =");
    for line in text.lines() {
        out.push_str("\n    ");
        out.push_str(line);
    }
    out.push('\n');
    out
}

fn inline_vars(
    e: &ast::InlineExpression<&str>,
    out: &mut BTreeSet<String>,
) -> Result<(), OverrideError> {
    match e {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_string());
            Ok(())
        }
        ast::InlineExpression::StringLiteral { .. }
        | ast::InlineExpression::NumberLiteral { .. } => Ok(()),
        ast::InlineExpression::Placeable { expression } => expression_vars(expression, out),
        ast::InlineExpression::FunctionReference { id, arguments } if id.name == "NUMBER" => {
            for a in &arguments.positional {
                inline_vars(a, out)?;
            }
            Ok(())
        }
        _ => Err(OverrideError::NotAllowed),
    }
}

fn expression_vars(
    e: &ast::Expression<&str>,
    out: &mut BTreeSet<String>,
) -> Result<(), OverrideError> {
    match e {
        ast::Expression::Inline(i) => inline_vars(i, out),
        ast::Expression::Select { selector, variants } => {
            inline_vars(selector, out)?;
            for v in variants {
                pattern_vars(&v.value, out)?;
            }
            Ok(())
        }
    }
}

fn pattern_vars(p: &ast::Pattern<&str>, out: &mut BTreeSet<String>) -> Result<(), OverrideError> {
    for element in &p.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_vars(expression, out)?;
        }
    }
    Ok(())
}

/// Parses a catalogue (entries with errors are left out).
pub fn parse(ftl_source: &str) -> FluentResource {
    match FluentResource::try_new(ftl_source.to_string()) {
        Ok(r) => r,
        Err((r, _)) => r,
    }
}

/// The placeholders (`$name`) a message of a catalogue uses; `None` if it has no such
/// message.
pub fn placeholders(resource: &FluentResource, key: &str) -> Option<BTreeSet<String>> {
    resource.entries().find_map(|entry| match entry {
        ast::Entry::Message(m) if m.id.name == key => {
            let mut vars = BTreeSet::new();
            if let Some(value) = &m.value {
                // Shipped messages may reference anything; only variables are collected.
                let _ = pattern_vars(value, &mut vars);
            }
            Some(vars)
        }
        _ => None,
    })
}

/// Checks an override of a message whose shipped text has the placeholders `allowed`.
pub fn check(text: &str, allowed: &BTreeSet<String>) -> Result<(), OverrideError> {
    if text.chars().count() > MAX_LEN {
        return Err(OverrideError::TooLong);
    }
    let resource =
        FluentResource::try_new(as_ftl("override", text)).map_err(|_| OverrideError::Syntax)?;
    let mut vars = BTreeSet::new();
    let mut messages = 0;
    for entry in resource.entries() {
        match entry {
            ast::Entry::Message(m) if m.id.name == "override" && m.attributes.is_empty() => {
                messages += 1;
                if let Some(value) = &m.value {
                    pattern_vars(value, &mut vars)?;
                }
            }
            _ => return Err(OverrideError::Syntax),
        }
    }
    if messages != 1 {
        return Err(OverrideError::Syntax);
    }
    match vars.into_iter().find(|v| !allowed.contains(v)) {
        Some(unknown) => Err(OverrideError::UnknownPlaceholder(unknown)),
        None => Ok(()),
    }
}

/// One municipality's overrides, ready to format.
struct TenantTexts {
    version: i32,
    bundles: HashMap<String, FluentBundle<FluentResource>>,
}

fn cache() -> &'static RwLock<HashMap<String, Arc<TenantTexts>>> {
    static CACHE: OnceLock<RwLock<HashMap<String, Arc<TenantTexts>>>> = OnceLock::new();
    CACHE.get_or_init(Default::default)
}

/// The version of a municipality's overrides held in memory.
pub fn cached_version(tenant: &str) -> Option<i32> {
    cache()
        .read()
        .ok()
        .and_then(|c| c.get(tenant).map(|t| t.version))
}

/// Puts a municipality's overrides (language, key, text) in memory as `version`. Texts that do
/// not parse (they were checked when saved) are left out.
pub fn install(tenant: &str, version: i32, rows: &[(String, String, String)]) {
    let mut bundles: HashMap<String, FluentBundle<FluentResource>> = HashMap::new();
    for (lang, key, text) in rows {
        let Ok(resource) = FluentResource::try_new(as_ftl(key, text)) else {
            continue;
        };
        let bundle = bundles.entry(lang.clone()).or_insert_with(|| {
            let mut b = FluentBundle::new_concurrent(vec![super::langid(lang)]);
            b.set_use_isolating(false);
            if super::uses_persian_digits(b.locales.first()) {
                b.set_formatter(Some(super::persian_number));
            }
            b
        });
        let _ = bundle.add_resource(resource);
    }
    if let Ok(mut c) = cache().write() {
        c.insert(
            tenant.to_string(),
            Arc::new(TenantTexts { version, bundles }),
        );
    }
}

/// The municipality's text for `key` in `lang`, if it overrides it.
pub fn lookup(tenant: &str, lang: &str, key: &str, args: &[(&str, String)]) -> Option<String> {
    if tenant.is_empty() {
        return None;
    }
    let texts = cache().read().ok()?.get(tenant).cloned()?;
    let bundle = texts.bundles.get(lang)?;
    let pattern = bundle.get_message(key)?.value()?;
    let mut fluent_args = FluentArgs::new();
    for (name, value) in args {
        let v: FluentValue = super::fluent_value(value);
        fluent_args.set(name.to_string(), v);
    }
    let mut errors = Vec::new();
    Some(
        bundle
            .format_pattern(pattern, Some(&fluent_args), &mut errors)
            .into_owned(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn set(names: &[&str]) -> BTreeSet<String> {
        names.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn placeholders_of_shipped_messages_are_found() {
        let src =
            "a = Hallo { $name }\nb = { $n ->\n    [one] ein { $what }\n   *[other] { $n }\n}\n";
        let resource = parse(src);
        assert_eq!(placeholders(&resource, "a"), Some(set(&["name"])));
        assert_eq!(placeholders(&resource, "b"), Some(set(&["n", "what"])));
        assert_eq!(placeholders(&resource, "c"), None);
    }

    #[test]
    fn overrides_are_checked() {
        let allowed = set(&["name"]);
        assert_eq!(check("Guten Tag, { $name }!", &allowed), Ok(()));
        assert_eq!(check("Zwei\nZeilen", &allowed), Ok(()));
        assert_eq!(
            check("Hallo { $kind }", &allowed),
            Err(OverrideError::UnknownPlaceholder("kind".into()))
        );
        assert_eq!(check("Klammer { auf", &allowed), Err(OverrideError::Syntax));
        assert_eq!(
            check("{ other-message }", &allowed),
            Err(OverrideError::NotAllowed)
        );
        assert_eq!(check("{ -term }", &allowed), Err(OverrideError::NotAllowed));
        assert_eq!(check("Geschweift: {\"{\"}", &allowed), Ok(()));
        assert_eq!(
            check(&"x".repeat(MAX_LEN + 1), &allowed),
            Err(OverrideError::TooLong)
        );
    }

    #[test]
    fn installed_overrides_format_with_arguments_and_fall_through_elsewhere() {
        let tenant = "test-tenant-overrides";
        install(
            tenant,
            3,
            &[
                ("de".into(), "greeting".into(), "Moin { $name }".into()),
                ("tr".into(), "greeting".into(), "Merhaba { $name }".into()),
            ],
        );
        assert_eq!(cached_version(tenant), Some(3));
        assert_eq!(
            lookup(tenant, "de", "greeting", &[("name", "Ada".into())]).as_deref(),
            Some("Moin Ada")
        );
        assert_eq!(
            lookup(tenant, "tr", "greeting", &[("name", "Ada".into())]).as_deref(),
            Some("Merhaba Ada")
        );
        assert_eq!(lookup(tenant, "en", "greeting", &[]), None);
        assert_eq!(lookup("", "de", "greeting", &[]), None);
        assert_eq!(lookup("other", "de", "greeting", &[]), None);
    }
}
