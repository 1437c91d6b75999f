//! The right of access (Art. 15 GDPR) on the web: parents download everything stored about
//! their household as JSON or as a PDF letter; the youth office produces the same on request
//! from an application's page (recorded in the audit log).

use std::sync::Arc;

use rocket::http::{ContentType, Header};
use rocket::{get, routes, Route, State};
use serde_json::Value;

use super::guards::{ParentOf, RequestId, YouthOffice};
use super::office_applications::Download;
use crate::error::{AppError, AppResult};
use crate::ids::TenantId;
use crate::store::{data_export, households};
use crate::App;

/// Routes of this module.
pub fn routes() -> Vec<Route> {
    routes![parent_export, office_export]
}

/// The export as plain text for the PDF: every section, every field, nothing left out.
pub fn readable(value: &Value, indent: usize, out: &mut String) {
    let pad = "  ".repeat(indent);
    match value {
        Value::Object(map) => {
            for (key, v) in map {
                match v {
                    Value::Object(_) | Value::Array(_) => {
                        out.push_str(&format!("{pad}{key}:\n"));
                        readable(v, indent + 1, out);
                    }
                    _ => out.push_str(&format!("{pad}{key}: {}\n", scalar(v))),
                }
            }
        }
        Value::Array(items) if items.is_empty() => out.push_str(&format!("{pad}–\n")),
        Value::Array(items) => {
            for (n, v) in items.iter().enumerate() {
                match v {
                    Value::Object(_) | Value::Array(_) => {
                        out.push_str(&format!("{pad}{}.\n", n + 1));
                        readable(v, indent + 1, out);
                    }
                    _ => out.push_str(&format!("{pad}{}. {}\n", n + 1, scalar(v))),
                }
            }
        }
        _ => out.push_str(&format!("{pad}{}\n", scalar(value))),
    }
}

fn scalar(v: &Value) -> String {
    match v {
        Value::Null => "–".into(),
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// The export of a household as the requested file.
async fn export(
    app: &App,
    tenant: TenantId,
    household: String,
    format: Option<&str>,
    audit: Option<crate::store::audit::AuditCtx>,
) -> AppResult<Download> {
    let pdf = match format.unwrap_or("json") {
        "json" => false,
        "pdf" => true,
        _ => return Err(AppError::NotFound),
    };
    let keys = app.field_keys()?;
    let now = app.clock.now_naive();
    let h = household.clone();
    let t = tenant.clone();
    let (doc, address) = app
        .db
        .run(move |c| {
            let doc = data_export::household(c, &keys, &t, &h, now)?;
            if let Some(ctx) = audit {
                crate::store::audit::record(
                    c,
                    &ctx,
                    Some(&t),
                    "export",
                    "household",
                    Some(&h),
                    &["art15"],
                )?;
            }
            Ok((doc, households::letter_address(c, &h, None)?))
        })
        .await?;
    let day = app.today().format("%Y-%m-%d");
    if !pdf {
        let bytes =
            serde_json::to_vec_pretty(&doc).map_err(|e| AppError::Internal(e.to_string()))?;
        return Ok(Download(
            bytes,
            ContentType::JSON,
            Header::new(
                "Content-Disposition",
                format!("attachment; filename=\"auskunft-{day}.json\""),
            ),
        ));
    }
    let mut body = String::from(
        "Sie erhalten hiermit Auskunft über alle Daten, die wir zu Ihrem Haushalt gespeichert \
         haben (Art. 15 DSGVO), einschließlich der Ergebnisse der Melderegisterprüfung, der \
         Punkte Ihrer Anträge und wer die Daten wann geöffnet oder geändert hat. Dieselben \
         Daten erhalten Sie maschinenlesbar als JSON-Datei im Elternportal.\n\n",
    );
    readable(&doc, 0, &mut body);
    let municipality = doc["about"]["controller"]
        .as_str()
        .unwrap_or_default()
        .to_string();
    let bytes = crate::letters::pdf(
        vec![municipality.clone()],
        address.block().lines().map(String::from).collect(),
        format!("{}", app.today().format("%d.%m.%Y")),
        "Auskunft nach Art. 15 DSGVO",
        &body,
    )
    .map_err(AppError::Internal)?;
    Ok(Download(
        bytes,
        ContentType::PDF,
        Header::new(
            "Content-Disposition",
            format!("attachment; filename=\"auskunft-{day}.pdf\""),
        ),
    ))
}

#[get("/<_>/family/data-export?<format>", rank = 10)]
async fn parent_export(
    app: &State<Arc<App>>,
    parent: ParentOf,
    format: Option<&str>,
) -> AppResult<Download> {
    let user = parent.user_id();
    let household = app
        .db
        .run(move |c| households::find_household(c, &user))
        .await?
        .ok_or(AppError::NotFound)?;
    export(app, parent.tenant.id.clone(), household, format, None).await
}

#[get("/<_>/office/applications/<id>/data-export?<format>", rank = 10)]
async fn office_export(
    app: &State<Arc<App>>,
    staff: YouthOffice,
    rid: RequestId,
    id: &str,
    format: Option<&str>,
) -> AppResult<Download> {
    let (tenant, id) = (staff.tenant.id.clone(), id.to_string());
    let household = app
        .db
        .run(move |c| {
            use crate::db::schema::applications;
            use diesel::prelude::*;
            Ok::<_, AppError>(
                applications::table
                    .filter(applications::municipality_id.eq(tenant.as_str()))
                    .filter(applications::id.eq(&id))
                    .select(applications::household_id)
                    .first::<String>(c)
                    .optional()?,
            )
        })
        .await?
        .ok_or(AppError::NotFound)?;
    let ctx = super::audit(app, &rid, Some(staff.user_id()));
    export(app, staff.tenant.id.clone(), household, format, Some(ctx)).await
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn the_readable_export_keeps_every_field() {
        let mut out = String::new();
        readable(
            &json!({ "children": [{ "first_names": "Ida", "note": null }], "guardians": [] }),
            0,
            &mut out,
        );
        assert_eq!(
            out,
            "children:\n  1.\n    first_names: Ida\n    note: –\nguardians:\n  –\n"
        );
    }
}
