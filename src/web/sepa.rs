//! SEPA direct debit on the web: the municipality admin enters the creditor data, parents
//! give (or revoke) a mandate on their fee page, the youth office makes a collection (a
//! background job: assessment, debits, pre-notification mails), downloads its pain.008 file
//! and uploads returned debits.

use std::sync::Arc;

use chrono::{Days, NaiveDate};
use diesel::Connection;
use rocket::form::{Form, FromForm};
use rocket::http::{ContentType, Status};
use rocket::response::{Flash, Redirect};
use rocket::{get, post, routes, Route, State};
use rocket_dyn_templates::Template;
use serde_json::json;

use super::account::EmptyForm;
use super::audit;
use super::csrf::{CsrfForm, Upload, UploadOrigin};
use super::guards::{MunicipalityAdmin, ParentOf, RequestId, YouthOffice};
use super::ui::Ui;
use crate::error::{AppError, AppResult};
use crate::store::{households, sepa};
use crate::App;

/// Routes of this module.
pub fn routes() -> Vec<Route> {
    routes![
        creditor_page,
        save_creditor,
        give_mandate,
        office_mandate,
        revoke_mandate,
        start_collection,
        download,
        upload_returns
    ]
}

// ---------------------------------------------------------------- creditor (admin)

/// The creditor form.
#[derive(Debug, FromForm, Default)]
pub struct CreditorForm {
    #[field(default = String::new())]
    name: String,
    #[field(default = String::new())]
    iban: String,
    #[field(default = String::new())]
    bic: String,
    #[field(default = String::new())]
    creditor_id: String,
    #[field(default = String::new())]
    pre_notice_days: String,
}

/// An account as typed (IBAN, optional BIC), normalised; wrong parts are added to `errors`.
fn account(
    iban: &str,
    bic: &str,
    errors: &mut FieldErrors,
) -> (Option<String>, Option<Option<String>>) {
    let iban = kitaplatz_sepa::normalise_iban(iban).ok();
    if iban.is_none() {
        errors.push(("iban", "err-sepa-iban"));
    }
    let bic = kitaplatz_sepa::normalise_bic(bic).ok();
    if bic.is_none() {
        errors.push(("bic", "err-sepa-bic"));
    }
    (iban, bic)
}

/// Checks the creditor form: the settings, or the wrong fields (field, message key).
fn checked_creditor(f: &CreditorForm) -> Result<sepa::Creditor, FieldErrors> {
    let mut errors = Vec::new();
    let name = f.name.trim();
    if name.is_empty() || name.chars().count() > 70 {
        errors.push(("name", "sepa-err-name"));
    }
    let (iban, bic) = account(&f.iban, &f.bic, &mut errors);
    let creditor_id = kitaplatz_sepa::validate_creditor_id(&f.creditor_id).ok();
    if creditor_id.is_none() {
        errors.push(("creditor_id", "sepa-err-creditor-id"));
    }
    let days = f
        .pre_notice_days
        .trim()
        .parse::<i32>()
        .ok()
        .filter(|d| (1..=60).contains(d));
    if days.is_none() {
        errors.push(("pre_notice_days", "sepa-err-days"));
    }
    match (iban, bic, creditor_id, days) {
        (Some(iban), Some(bic), Some(creditor_id), Some(pre_notice_days)) if errors.is_empty() => {
            Ok(sepa::Creditor {
                name: name.to_string(),
                iban,
                bic,
                creditor_id,
                pre_notice_days,
            })
        }
        _ => Err(errors),
    }
}

#[get("/<_>/admin/sepa", rank = 10)]
async fn creditor_page(
    app: &State<Arc<App>>,
    admin: MunicipalityAdmin,
    ui: Ui,
) -> AppResult<Template> {
    let tenant = admin.tenant.id.clone();
    let current = app.db.run(move |c| sepa::creditor(c, &tenant)).await?;
    let form = match current {
        Some(c) => json!({
            "name": c.name, "iban": c.iban, "bic": c.bic.unwrap_or_default(),
            "creditor_id": c.creditor_id, "pre_notice_days": c.pre_notice_days.to_string(),
        }),
        None => {
            json!({ "name": format!("Gemeinde {}", admin.tenant.name), "pre_notice_days": "14" })
        }
    };
    Ok(ui.render_in(
        &admin.tenant,
        "office/sepa_creditor",
        json!({ "form": form, "errors": [] }),
    ))
}

#[post("/<_>/admin/sepa", data = "<form>", rank = 10)]
async fn save_creditor(
    app: &State<Arc<App>>,
    admin: MunicipalityAdmin,
    ui: Ui,
    rid: RequestId,
    form: CsrfForm<CreditorForm>,
) -> AppResult<Result<Flash<Redirect>, (Status, Template)>> {
    let f = form.into_inner();
    let creditor = match checked_creditor(&f) {
        Ok(c) => c,
        Err(errors) => {
            let errors: Vec<_> = errors
                .into_iter()
                .map(|(field, key)| json!({ "field": field, "key": key }))
                .collect();
            let form = json!({
                "name": f.name, "iban": f.iban, "bic": f.bic,
                "creditor_id": f.creditor_id, "pre_notice_days": f.pre_notice_days,
            });
            return Ok(Err((
                Status::UnprocessableEntity,
                ui.render_in(
                    &admin.tenant,
                    "office/sepa_creditor",
                    json!({ "form": form, "errors": errors }),
                ),
            )));
        }
    };
    let ctx = audit(app, &rid, Some(admin.user_id()));
    let tenant = admin.tenant.id.clone();
    app.db
        .run(move |c| c.transaction(|tx| sepa::save_creditor(tx, &tenant, &creditor, &ctx)))
        .await?;
    Ok(Ok(Flash::success(
        Redirect::to(format!("/{}/admin/sepa", admin.tenant.slug)),
        "flash-saved",
    )))
}

// ---------------------------------------------------------------- mandates (parents)

/// A parent's mandate.
#[derive(Debug, FromForm)]
pub struct MandateForm {
    #[field(default = String::new())]
    holder: String,
    #[field(default = String::new())]
    iban: String,
    #[field(default = String::new())]
    bic: String,
    consent: Option<String>,
}

/// Wrong fields of a form: (field, message key).
type FieldErrors = Vec<(&'static str, &'static str)>;

/// Checks the mandate form: (holder, IBAN, BIC) or the wrong fields.
pub fn checked_mandate(f: &MandateForm) -> Result<(String, String, Option<String>), FieldErrors> {
    let mut errors = Vec::new();
    let holder = f.holder.trim().to_string();
    if holder.is_empty()
        || holder.chars().count() > 70
        || kitaplatz_sepa::sepa_text(&holder, 70).is_empty()
    {
        errors.push(("holder", "err-sepa-name"));
    }
    let (iban, bic) = account(&f.iban, &f.bic, &mut errors);
    if f.consent.is_none() {
        errors.push(("consent", "err-sepa-consent"));
    }
    match (iban, bic) {
        (Some(iban), Some(bic)) if errors.is_empty() => Ok((holder, iban, bic)),
        _ => Err(errors),
    }
}

#[post("/<_>/family/fees/mandate", data = "<form>", rank = 10)]
async fn give_mandate(
    app: &State<Arc<App>>,
    parent: ParentOf,
    ui: Ui,
    rid: RequestId,
    form: CsrfForm<MandateForm>,
) -> AppResult<Result<Flash<Redirect>, (Status, Template)>> {
    let f = form.into_inner();
    let tenant = parent.tenant.id.clone();
    let offered = app
        .db
        .run(move |c| sepa::creditor(c, &tenant))
        .await?
        .is_some();
    if !offered {
        return Err(AppError::NotFound);
    }
    let (holder, iban, bic) = match checked_mandate(&f) {
        Ok(m) => m,
        Err(errors) => {
            let errors: Vec<_> = errors
                .into_iter()
                .map(|(field, key)| json!({ "field": field, "key": key }))
                .collect();
            let ctx = super::fees::parent_context(app, &parent, ui.lang).await?;
            let ctx = super::merge(
                ctx,
                json!({
                    "errors": errors,
                    "mandate_form": { "holder": f.holder, "iban": f.iban, "bic": f.bic },
                }),
            );
            return Ok(Err((
                Status::UnprocessableEntity,
                ui.render_in(&parent.tenant, "family/fees", ctx),
            )));
        }
    };
    let ctx = audit(app, &rid, Some(parent.user_id()));
    let (tenant, user, today) = (parent.tenant.id.clone(), parent.user_id(), app.today());
    app.db
        .run(move |c| {
            c.transaction(|tx| {
                let h = households::household_of(tx, &user, &tenant, &ctx)?;
                sepa::give_mandate(tx, &tenant, &h, &holder, &iban, bic.as_deref(), today, &ctx)
            })
        })
        .await?;
    Ok(Ok(Flash::success(
        Redirect::to(format!("/{}/family/fees", parent.tenant.slug)),
        "flash-fees-mandate",
    )))
}

/// A paper mandate the office records for a household.
#[derive(Debug, FromForm)]
pub struct OfficeMandateForm {
    #[field(default = String::new())]
    household: String,
    #[field(default = String::new())]
    signed_on: String,
    #[field(default = String::new())]
    holder: String,
    #[field(default = String::new())]
    iban: String,
    #[field(default = String::new())]
    bic: String,
}

#[post("/<_>/office/fees/mandate", data = "<form>", rank = 10)]
async fn office_mandate(
    app: &State<Arc<App>>,
    staff: YouthOffice,
    rid: RequestId,
    form: CsrfForm<OfficeMandateForm>,
) -> AppResult<Flash<Redirect>> {
    let back = Redirect::to(format!("/{}/office/fees", staff.tenant.slug));
    let f = form.into_inner();
    let household = super::fees::household_in_care(app, &staff, &f.household).await?;
    let signed_on = NaiveDate::parse_from_str(f.signed_on.trim(), "%Y-%m-%d")
        .ok()
        .filter(|d| *d <= app.today());
    // The paper form carries the parent's signature: the authorisation is given.
    let mandate = MandateForm {
        holder: f.holder,
        iban: f.iban,
        bic: f.bic,
        consent: Some("paper".into()),
    };
    let (Some(signed_on), Ok((holder, iban, bic))) = (signed_on, checked_mandate(&mandate)) else {
        return Ok(Flash::error(back, "sepa-err-paper-mandate"));
    };
    let ctx = audit(app, &rid, Some(staff.user_id()));
    let tenant = staff.tenant.id.clone();
    app.db
        .run(move |c| {
            c.transaction(|tx| {
                sepa::give_mandate(
                    tx,
                    &tenant,
                    &household,
                    &holder,
                    &iban,
                    bic.as_deref(),
                    signed_on,
                    &ctx,
                )
            })
        })
        .await?;
    Ok(Flash::success(back, "flash-saved"))
}

#[post("/<_>/family/fees/mandate/revoke", data = "<_form>", rank = 10)]
async fn revoke_mandate(
    app: &State<Arc<App>>,
    parent: ParentOf,
    rid: RequestId,
    _form: CsrfForm<EmptyForm>,
) -> AppResult<Flash<Redirect>> {
    let ctx = audit(app, &rid, Some(parent.user_id()));
    let (tenant, user) = (parent.tenant.id.clone(), parent.user_id());
    app.db
        .run(move |c| {
            c.transaction(|tx| match households::find_household(tx, &user)? {
                Some(h) => sepa::revoke(tx, &tenant, &h, &ctx),
                None => Ok(()),
            })
        })
        .await?;
    Ok(Flash::success(
        Redirect::to(format!("/{}/family/fees", parent.tenant.slug)),
        "flash-fees-mandate-revoked",
    ))
}

// ---------------------------------------------------------------- collections (office)

/// The collection date (`YYYY-MM-DD`).
#[derive(Debug, FromForm)]
pub struct CollectionForm {
    #[field(default = String::new())]
    date: String,
}

#[post("/<_>/office/fees/collections", data = "<form>", rank = 10)]
async fn start_collection(
    app: &State<Arc<App>>,
    staff: YouthOffice,
    rid: RequestId,
    form: CsrfForm<CollectionForm>,
) -> AppResult<Result<Redirect, Flash<Redirect>>> {
    let back = format!("/{}/office/fees", staff.tenant.slug);
    let Ok(date) = NaiveDate::parse_from_str(form.date.trim(), "%Y-%m-%d") else {
        return Ok(Err(Flash::error(Redirect::to(back), "sepa-err-date")));
    };
    let (tenant, today) = (staff.tenant.id.clone(), app.today());
    let (creditor, existing) = app
        .db
        .run(move |c| {
            Ok((
                sepa::creditor(c, &tenant)?,
                sepa::collection_on(c, &tenant, date)?,
            ))
        })
        .await?;
    let Some(creditor) = creditor else {
        return Ok(Err(Flash::error(Redirect::to(back), "sepa-no-creditor")));
    };
    let earliest = today + Days::new(u64::try_from(creditor.pre_notice_days).unwrap_or(14));
    if date < earliest {
        return Ok(Err(Flash::error(Redirect::to(back), "sepa-too-early")));
    }
    if existing.is_some() {
        return Ok(Err(Flash::error(Redirect::to(back), "sepa-exists")));
    }
    super::fees::queue_day_job(app, &staff, &rid, crate::jobs::SEPA_COLLECTION, date)
        .await
        .map(Ok)
}

#[get("/<_>/office/fees/collections/<id>", rank = 10)]
async fn download(
    app: &State<Arc<App>>,
    staff: YouthOffice,
    id: &str,
) -> AppResult<(ContentType, rocket::response::content::RawXml<String>)> {
    let (tenant, id) = (staff.tenant.id.clone(), id.to_string());
    let xml = app.db.run(move |c| sepa::pain008(c, &tenant, &id)).await?;
    Ok((ContentType::XML, rocket::response::content::RawXml(xml)))
}

#[post("/<_>/office/fees/returns", data = "<form>", rank = 10)]
async fn upload_returns(
    app: &State<Arc<App>>,
    staff: YouthOffice,
    origin: UploadOrigin,
    rid: RequestId,
    form: Form<Upload<'_>>,
) -> AppResult<Flash<Redirect>> {
    let back = Redirect::to(format!("/{}/office/fees", staff.tenant.slug));
    let (_, bytes) = form.read(&origin).await?;
    let rows = match kitaplatz_sepa::parse_returns(&bytes) {
        Ok(rows) => rows,
        Err(e) => {
            tracing::info!(error = %e, "returns file refused");
            return Ok(Flash::error(back, "sepa-returns-bad"));
        }
    };
    let ctx = audit(app, &rid, Some(staff.user_id()));
    let tenant = staff.tenant.id.clone();
    let link = format!(
        "{}/{}/office/fees",
        app.config.public_url.trim_end_matches('/'),
        staff.tenant.slug
    );
    let summary = app
        .db
        .run(move |c| c.transaction(|tx| sepa::returns(tx, &tenant, &rows, &link, &ctx)))
        .await?;
    Ok(if summary.unknown.is_empty() {
        Flash::success(back, "sepa-returns-done")
    } else {
        Flash::warning(back, "sepa-returns-unknown")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_creditor_form_checks_iban_bic_and_creditor_id() {
        let mut f = CreditorForm {
            name: "Gemeinde Musterstadt".into(),
            iban: "DE89 3704 0044 0532 0130 00".into(),
            bic: "".into(),
            creditor_id: "DE98ZZZ09999999999".into(),
            pre_notice_days: "14".into(),
        };
        let c = checked_creditor(&f).unwrap();
        assert_eq!((c.iban.as_str(), c.bic), ("DE89370400440532013000", None));
        f.iban = "DE89 3704 0044 0532 0130 01".into();
        f.creditor_id = "DE99ZZZ09999999999".into();
        f.pre_notice_days = "0".into();
        let errors = checked_creditor(&f).unwrap_err();
        let fields: Vec<_> = errors.iter().map(|e| e.0).collect();
        assert_eq!(fields, vec!["iban", "creditor_id", "pre_notice_days"]);
    }
}
