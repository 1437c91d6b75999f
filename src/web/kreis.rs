//! The Kreisportal (district view). Issue 7 adds the anonymised statistics; for now the
//! landing page lists the municipalities of the district — no person data.

use std::sync::Arc;

use rocket::{get, routes, Route, State};
use rocket_dyn_templates::Template;
use serde_json::json;

use super::guards::DistrictOfficial;
use super::ui::Ui;
use crate::error::AppResult;
use crate::store::tenants;
use crate::App;

/// Routes of this module.
pub fn routes() -> Vec<Route> {
    routes![district_home]
}

#[get("/kreis/<_>")]
async fn district_home(
    app: &State<Arc<App>>,
    official: DistrictOfficial,
    ui: Ui,
) -> AppResult<Template> {
    let id = official.district.id.clone();
    let municipalities = app
        .db
        .run(move |conn| tenants::municipalities_of(conn, &id))
        .await?;
    Ok(ui.render(
        "kreis/home",
        json!({ "district": official.district, "municipalities": municipalities }),
    ))
}
