//! The parent's household ("Meine Familie"): guardians and children.

use std::sync::Arc;

use diesel::Connection;
use rocket::form::FromForm;
use rocket::http::Status;
use rocket::response::{Flash, Redirect};
use rocket::{get, post, routes, Route, State};
use rocket_dyn_templates::Template;
use serde_json::{json, Value};

use super::account::FieldError;
use super::audit;
use super::csrf::CsrfForm;
use super::guards::{ParentOf, RequestId};
use super::ui::Ui;
use crate::domain::category::category_at;
use crate::domain::household::{valid_name, validate_child};
use crate::error::{AppError, AppResult};
use crate::store::{households, tenants};
use crate::App;

/// Routes of this module.
pub fn routes() -> Vec<Route> {
    routes![
        family_page,
        add_guardian,
        add_child,
        child_page,
        update_child
    ]
}

type FormResult = AppResult<Result<Flash<Redirect>, (Status, Template)>>;

fn errors_of(fields: &[&'static str]) -> Vec<FieldError> {
    fields
        .iter()
        .map(|f| FieldError {
            field: f,
            key: match *f {
                "birth_date" => "err-birth-date",
                "postal_code" => "err-f-postal-code",
                "street" => "err-f-address",
                _ => "err-person-name",
            },
        })
        .collect()
}

async fn render_family(
    app: &App,
    parent: &ParentOf,
    ui: &Ui,
    status: Status,
    extra: Value,
) -> AppResult<(Status, Template)> {
    let user = parent.user_id();
    let tenant = parent.tenant.id.clone();
    let today = app.clock.now().date_naive();
    let (guardians, children, cutoff, has_household) = app
        .db
        .run(move |conn| {
            let cutoff = tenants::settings(conn, &tenant)?.school_entry_cutoff;
            Ok(match households::find_household(conn, &user)? {
                Some(h) => (
                    households::guardians(conn, &h)?,
                    households::children(conn, &h)?,
                    cutoff,
                    true,
                ),
                None => (vec![], vec![], cutoff, false),
            })
        })
        .await?;
    let children: Vec<Value> = children
        .into_iter()
        .map(|c| {
            let category = category_at(c.birth_date, today, cutoff, false).map(|c| c.code());
            let mut v = json!(c);
            v["category_today"] = json!(category);
            v
        })
        .collect();
    let ctx = json!({
        "guardians": guardians, "children": children, "errors": [], "form": {}, "child_form": {},
        "has_household": has_household,
    });
    let ctx = super::merge(ctx, extra);
    Ok((status, ui.render_in(&parent.tenant, "family/home", ctx)))
}

#[get("/<_>/family", rank = 10)]
async fn family_page(
    app: &State<Arc<App>>,
    parent: ParentOf,
    ui: Ui,
) -> AppResult<(Status, Template)> {
    render_family(app, &parent, &ui, Status::Ok, json!({})).await
}

/// New guardian.
#[derive(Debug, FromForm)]
pub struct GuardianForm {
    first_names: String,
    last_name: String,
}

#[post("/<_>/family/guardians", data = "<form>", rank = 10)]
async fn add_guardian(
    app: &State<Arc<App>>,
    parent: ParentOf,
    ui: Ui,
    rid: RequestId,
    form: CsrfForm<GuardianForm>,
) -> FormResult {
    let (first, last) = (valid_name(&form.first_names), valid_name(&form.last_name));
    let (Some(first), Some(last)) = (first.clone(), last.clone()) else {
        let mut bad = Vec::new();
        if first.is_none() {
            bad.push("g_first_names");
        }
        if last.is_none() {
            bad.push("g_last_name");
        }
        let echo = json!({ "g_first_names": form.first_names, "g_last_name": form.last_name });
        return render_family(
            app,
            &parent,
            &ui,
            Status::UnprocessableEntity,
            json!({ "errors": errors_of(&bad), "form": echo }),
        )
        .await
        .map(Err);
    };
    let ctx = audit(app, &rid, Some(parent.user_id()));
    let (user, tenant) = (parent.user_id(), parent.tenant.id.clone());
    app.db
        .run(move |conn| {
            conn.transaction(|tx| {
                let h = households::household_of(tx, &user, &tenant, &ctx)?;
                households::add_guardian(tx, &h, &first, &last, &tenant, &ctx)
            })
        })
        .await?;
    Ok(Ok(Flash::success(
        Redirect::to(format!("/{}/family", parent.tenant.slug)),
        "flash-saved",
    )))
}

/// Child form (add and edit).
#[derive(Debug, FromForm)]
pub struct ChildForm {
    first_names: String,
    last_name: String,
    birth_date: String,
    street: String,
    house_number: String,
    postal_code: String,
    city: String,
}

impl ChildForm {
    fn echo(&self) -> Value {
        json!({
            "first_names": self.first_names, "last_name": self.last_name, "birth_date": self.birth_date,
            "street": self.street, "house_number": self.house_number, "postal_code": self.postal_code, "city": self.city,
        })
    }

    fn validate(
        &self,
        today: chrono::NaiveDate,
    ) -> Result<crate::domain::household::ChildDraft, Vec<&'static str>> {
        validate_child(
            &self.first_names,
            &self.last_name,
            &self.birth_date,
            &self.street,
            &self.house_number,
            &self.postal_code,
            &self.city,
            today,
        )
    }
}

#[post("/<_>/family/children", data = "<form>", rank = 10)]
async fn add_child(
    app: &State<Arc<App>>,
    parent: ParentOf,
    ui: Ui,
    rid: RequestId,
    form: CsrfForm<ChildForm>,
) -> FormResult {
    let draft = match form.validate(app.clock.now().date_naive()) {
        Ok(d) => d,
        Err(bad) => {
            return render_family(
                app,
                &parent,
                &ui,
                Status::UnprocessableEntity,
                json!({ "errors": errors_of(&bad), "child_form": form.echo() }),
            )
            .await
            .map(Err)
        }
    };
    let ctx = audit(app, &rid, Some(parent.user_id()));
    let (user, tenant) = (parent.user_id(), parent.tenant.id.clone());
    app.db
        .run(move |conn| {
            conn.transaction(|tx| {
                let h = households::household_of(tx, &user, &tenant, &ctx)?;
                households::add_child(tx, &h, &draft, &tenant, &ctx)
            })
        })
        .await?;
    Ok(Ok(Flash::success(
        Redirect::to(format!("/{}/family", parent.tenant.slug)),
        "flash-saved",
    )))
}

async fn render_child(
    app: &App,
    parent: &ParentOf,
    ui: &Ui,
    id: &str,
    status: Status,
    extra: Value,
) -> AppResult<(Status, Template)> {
    let user = parent.user_id();
    let id2 = id.to_string();
    let child = app
        .db
        .run(move |conn| match households::find_household(conn, &user)? {
            Some(h) => households::child(conn, &h, &id2),
            None => Ok(None),
        })
        .await?
        .ok_or(AppError::NotFound)?;
    let ctx = json!({
        "child": child,
        "child_form": {
            "first_names": child.first_names, "last_name": child.last_name,
            "birth_date": child.birth_date.format("%Y-%m-%d").to_string(),
            "street": child.street, "house_number": child.house_number, "postal_code": child.postal_code, "city": child.city,
        },
        "errors": [],
    });
    let ctx = super::merge(ctx, extra);
    Ok((status, ui.render_in(&parent.tenant, "family/child", ctx)))
}

#[get("/<_>/family/children/<id>", rank = 10)]
async fn child_page(
    app: &State<Arc<App>>,
    parent: ParentOf,
    ui: Ui,
    id: &str,
) -> AppResult<(Status, Template)> {
    render_child(app, &parent, &ui, id, Status::Ok, json!({})).await
}

#[post("/<_>/family/children/<id>", data = "<form>", rank = 10)]
async fn update_child(
    app: &State<Arc<App>>,
    parent: ParentOf,
    ui: Ui,
    rid: RequestId,
    id: &str,
    form: CsrfForm<ChildForm>,
) -> FormResult {
    let draft = match form.validate(app.clock.now().date_naive()) {
        Ok(d) => d,
        Err(bad) => {
            return render_child(
                app,
                &parent,
                &ui,
                id,
                Status::UnprocessableEntity,
                json!({ "errors": errors_of(&bad), "child_form": form.echo() }),
            )
            .await
            .map(Err)
        }
    };
    let ctx = audit(app, &rid, Some(parent.user_id()));
    let (user, tenant, id2) = (parent.user_id(), parent.tenant.id.clone(), id.to_string());
    app.db
        .run(move |conn| {
            conn.transaction(|tx| {
                let h = households::find_household(tx, &user)?.ok_or(AppError::NotFound)?;
                households::update_child(tx, &h, &id2, &draft, &tenant, &ctx)
            })
        })
        .await?;
    Ok(Ok(Flash::success(
        Redirect::to(format!("/{}/family", parent.tenant.slug)),
        "flash-saved",
    )))
}
