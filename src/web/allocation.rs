//! Central allocation in the Verwaltungsportal (rounds, what-if runs, comparison, publishing)
//! and the parents' answers to an offer.

use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

use rocket::form::FromForm;
use rocket::http::Status;
use rocket::response::{Flash, Redirect};
use rocket::{get, post, routes, Route, State};
use rocket_dyn_templates::Template;
use serde_json::{json, Value};

use super::account::{EmptyForm, FieldError};
use super::audit;
use super::csrf::CsrfForm;
use super::guards::{MunicipalityAdmin, ParentOf, RequestId, YouthOffice};
use super::ui::Ui;
use crate::domain::allocation::{priority, report, round, Reason};
use crate::error::{AppError, AppResult};
use crate::i18n::t;
use crate::store::allocation::{self as store, Answer, Published};
use crate::store::{applications, facilities, households, jobs, review};
use crate::App;

/// Routes of this module.
pub fn routes() -> Vec<Route> {
    routes![
        rounds_page,
        create_round,
        round_page,
        run_round,
        job_page,
        run_page,
        compare_page,
        publish,
        accept,
        decline,
        settings_page,
        save_settings,
        save_facts,
        save_catchment
    ]
}

// ------------------------------------------------------------------------------ rounds

/// The new-round form.
#[derive(Debug, FromForm)]
pub struct RoundForm {
    name: String,
    start_date: String,
    categories: Vec<String>,
    kinds: Vec<String>,
    month_from: String,
    month_to: String,
}

async fn render_rounds(
    app: &App,
    staff: &YouthOffice,
    ui: &Ui,
    status: Status,
    form: Value,
    errors: Vec<FieldError>,
) -> AppResult<(Status, Template)> {
    let tenant = staff.tenant.id.clone();
    let rounds = app.db.run(move |c| store::rounds(c, &tenant)).await?;
    let rounds: Vec<Value> = rounds
        .into_iter()
        .map(|r| {
            json!({
                "round": r,
                "created_local": super::berlin_time(r.created_at),
                "published_local": r.published_at.map(super::berlin_time),
            })
        })
        .collect();
    Ok((
        status,
        ui.render_in(
            &staff.tenant,
            "office/allocation",
            json!({ "rounds": rounds, "form": form, "errors": errors }),
        ),
    ))
}

#[get("/<_>/office/allocation", rank = 10)]
async fn rounds_page(
    app: &State<Arc<App>>,
    staff: YouthOffice,
    ui: Ui,
) -> AppResult<(Status, Template)> {
    let form = json!({ "categories": ["U3", "UE3"], "kinds": ["request", "needs"] });
    render_rounds(app, &staff, &ui, Status::Ok, form, Vec::new()).await
}

#[post("/<_>/office/allocation", data = "<form>", rank = 10)]
async fn create_round(
    app: &State<Arc<App>>,
    staff: YouthOffice,
    ui: Ui,
    rid: RequestId,
    form: CsrfForm<RoundForm>,
) -> AppResult<Result<Redirect, (Status, Template)>> {
    let f = form.into_inner();
    match round::validate(
        &f.name,
        &f.start_date,
        &f.categories,
        &f.kinds,
        &f.month_from,
        &f.month_to,
    ) {
        Ok(new) => {
            let ctx = audit(app, &rid, Some(staff.user_id()));
            let tenant = staff.tenant.id.clone();
            let id = app
                .db
                .run(move |c| {
                    diesel::Connection::transaction(c, |tx| {
                        store::create_round(tx, &tenant, &new, &ctx)
                    })
                })
                .await?;
            Ok(Ok(Redirect::to(format!(
                "/{}/office/allocation/{id}",
                staff.tenant.slug
            ))))
        }
        Err(errors) => {
            let errors = errors
                .into_iter()
                .map(|(field, key)| FieldError { field, key })
                .collect();
            let form = json!({
                "name": f.name, "start_date": f.start_date, "categories": f.categories,
                "kinds": f.kinds, "month_from": f.month_from, "month_to": f.month_to,
            });
            Ok(Err(render_rounds(
                app,
                &staff,
                &ui,
                Status::UnprocessableEntity,
                form,
                errors,
            )
            .await?))
        }
    }
}

#[get("/<_>/office/allocation/<id>", rank = 10)]
async fn round_page(
    app: &State<Arc<App>>,
    staff: YouthOffice,
    ui: Ui,
    id: &str,
) -> AppResult<Template> {
    let (tenant, id) = (staff.tenant.id.clone(), id.to_string());
    let (r, runs) = app
        .db
        .run(move |c| {
            let r = store::round(c, &tenant, &id)?.ok_or(AppError::NotFound)?;
            let runs = store::runs(c, &tenant, &r.id)?;
            Ok((r, runs))
        })
        .await?;
    let runs: Vec<Value> = runs
        .into_iter()
        .map(|run| merge_time(json!(run), run.created_at))
        .collect();
    Ok(ui.render_in(
        &staff.tenant,
        "office/round",
        json!({
            "round": r,
            "categories": r.category_list(),
            "kinds": r.kind_list(),
            "runs": runs,
            "published_local": r.published_at.map(super::berlin_time),
        }),
    ))
}

fn merge_time(v: Value, at: chrono::NaiveDateTime) -> Value {
    super::merge(v, json!({ "at_local": super::berlin_time(at) }))
}

#[post("/<_>/office/allocation/<id>/run", data = "<_form>", rank = 10)]
async fn run_round(
    app: &State<Arc<App>>,
    staff: YouthOffice,
    rid: RequestId,
    id: &str,
    _form: CsrfForm<EmptyForm>,
) -> AppResult<Redirect> {
    let ctx = audit(app, &rid, Some(staff.user_id()));
    let (tenant, id) = (staff.tenant.id.clone(), id.to_string());
    let job = app
        .db
        .run(move |c| {
            diesel::Connection::transaction(c, |tx| {
                store::round(tx, &tenant, &id)?.ok_or(AppError::NotFound)?;
                jobs::enqueue(
                    tx,
                    &tenant,
                    crate::jobs::ALLOCATION_RUN,
                    &id,
                    crate::jobs::ALLOCATION_RUN_STEPS,
                    &ctx,
                )
            })
        })
        .await?;
    app.jobs.notify();
    Ok(Redirect::to(format!(
        "/{}/office/jobs/{job}",
        staff.tenant.slug
    )))
}

/// The progress page of a background job; a finished run goes straight to its report.
#[get("/<_>/office/jobs/<id>", rank = 10)]
async fn job_page(
    app: &State<Arc<App>>,
    staff: YouthOffice,
    ui: Ui,
    id: &str,
) -> AppResult<Result<Redirect, Template>> {
    let (tenant, id) = (staff.tenant.id.clone(), id.to_string());
    let job = app
        .db
        .run(move |c| jobs::job(c, &tenant, &id))
        .await?
        .ok_or(AppError::NotFound)?;
    let fees = job.kind == crate::jobs::FEE_ASSESSMENT || job.kind == crate::jobs::SEPA_COLLECTION;
    let back = if fees {
        format!("/{}/office/fees", staff.tenant.slug)
    } else {
        format!(
            "/{}/office/allocation/{}",
            staff.tenant.slug, job.subject_id
        )
    };
    match (&job.result_id, job.status.as_str()) {
        (Some(_), "done") if fees => return Ok(Ok(Redirect::to(back))),
        (Some(run), "done") => {
            return Ok(Ok(Redirect::to(format!(
                "/{}/office/allocation/runs/{run}",
                staff.tenant.slug
            ))))
        }
        _ => {}
    }
    Ok(Err(ui.render_in(
        &staff.tenant,
        "office/job",
        json!({
            "job": {
                "status": job.status, "steps_done": job.steps_done,
                "steps_total": job.steps_total, "subject_id": job.subject_id,
            },
            "waiting": matches!(job.status.as_str(), "queued" | "running"),
            "back": back,
        }),
    )))
}

/// Names of the tenant's facilities by id.
async fn facility_names(app: &App, staff: &YouthOffice) -> AppResult<HashMap<String, String>> {
    let tenant = staff.tenant.id.clone();
    app.db.run(move |c| facilities::names(c, &tenant)).await
}

fn reason_key(r: Reason) -> &'static str {
    match r {
        Reason::Full => "alloc-reason-full",
        Reason::NoCapacity => "alloc-reason-no-capacity",
        Reason::UnknownFacility => "alloc-reason-unknown",
        Reason::SiblingGroup => "alloc-reason-sibling",
        Reason::Manual => "alloc-reason-manual",
    }
}

#[get("/<_>/office/allocation/runs/<id>", rank = 10)]
async fn run_page(
    app: &State<Arc<App>>,
    staff: YouthOffice,
    ui: Ui,
    id: &str,
) -> AppResult<Template> {
    let (tenant, id) = (staff.tenant.id.clone(), id.to_string());
    let (r, round, answers, people, settings, led) = app
        .db
        .run(move |c| {
            let r = review::reviewed(c, &tenant, &id)?.ok_or(AppError::NotFound)?;
            let round = store::round(c, &tenant, &r.run.row.round_id)?.ok_or(AppError::NotFound)?;
            let answers = review::answers(c, &id)?;
            let ids: Vec<String> = r
                .run
                .instance
                .children
                .iter()
                .map(|c| c.id.clone())
                .collect();
            let people = applications::child_names(c, &tenant, &ids)?;
            let led = review::led_facilities(c, &tenant)?;
            Ok((r, round, answers, people, store::settings(c, &tenant)?, led))
        })
        .await?;
    let names = facility_names(app, &staff).await?;
    let name = |f: &str| names.get(f).cloned().unwrap_or_else(|| f.to_string());
    let person = |id: &str| {
        people
            .get(id)
            .map(|(first, last)| format!("{last}, {first}"))
            .unwrap_or_else(|| id.to_string())
    };
    let rep = report::report(&r.instance, &r.outcome);
    let slots: Vec<Value> = rep
        .slots
        .iter()
        .map(|s| {
            json!({
                "facility": name(&s.facility), "category": s.category,
                "capacity": s.capacity, "placed": s.placed, "first_wishes": s.first_wishes,
                "fill": (s.placed * 100).checked_div(s.capacity).unwrap_or(0),
                "held": r.proposal.held(&s.facility, &s.category),
            })
        })
        .collect();
    let mut bars: Vec<(String, usize)> = rep
        .by_wish
        .iter()
        .enumerate()
        .map(|(k, n)| {
            (
                crate::i18n::t_args(ui.lang, "alloc-wish-n", &[("n", (k + 1).to_string())]),
                *n,
            )
        })
        .collect();
    bars.push((t(ui.lang, "alloc-unplaced"), rep.unplaced.len()));
    let chart = super::chart::bar_chart(&t(ui.lang, "alloc-chart-title"), &bars);
    // Unplaced children with the reason per wish (the office may see names).
    let unplaced: Vec<Value> = rep
        .unplaced
        .iter()
        .map(|id| {
            let reasons: Vec<Value> = r
                .outcome
                .explanations
                .get(id)
                .map(|es| {
                    es.iter()
                        .map(|e| {
                            json!({
                                "facility": name(&e.facility),
                                "reason": reason_key(e.reason),
                                "cutoff": e.last_admitted.map(|l| l.score),
                            })
                        })
                        .collect()
                })
                .unwrap_or_default();
            json!({ "id": id, "name": person(id), "reasons": reasons })
        })
        .collect();
    // Every proposed place, with the facility's answer when the run was sent for review.
    let reviewing = round.review_run_id.as_deref() == Some(r.run.row.id.as_str());
    let mut placed: Vec<Value> = r
        .run
        .instance
        .children
        .iter()
        .filter_map(|c| {
            let f = r.proposal.assignments.get(&c.id).cloned().flatten()?;
            let wish = c.wishes.iter().position(|w| *w == f).map_or(0, |k| k + 1);
            let answer = answers.get(&(c.id.clone(), f.clone()));
            Some(json!({
                "id": c.id, "name": person(&c.id), "facility": name(&f), "category": c.category,
                "wish": wish, "moved": r.proposal.moved.contains(&c.id), "answer": answer,
                "led": led.contains(&f),
            }))
        })
        .collect();
    placed.sort_by(|a, b| {
        a["facility"]
            .as_str()
            .cmp(&b["facility"].as_str())
            .then(a["name"].as_str().cmp(&b["name"].as_str()))
    });
    let groups: BTreeMap<String, usize> =
        r.outcome
            .sibling_groups
            .values()
            .fold(BTreeMap::new(), |mut m, g| {
                *m.entry(format!("{g:?}").to_lowercase()).or_default() += 1;
                m
            });
    let envy: Vec<Value> = r
        .stability
        .iter()
        .map(|e| {
            json!({
                "child": person(&e.child), "facility": name(&e.facility),
                "instead_of": e.instead_of.as_deref().map(person),
            })
        })
        .collect();
    let adjustments: Vec<Value> = r
        .adjustments
        .iter()
        .map(|a| {
            json!({
                "seq": a.seq, "kind": a.kind, "places": a.places, "reason": a.reason,
                "child": a.application_id.as_deref().map(person),
                "facility": a.facility_id.as_deref().map(name),
                "category": a.category.as_deref().map(|c| t(ui.lang, &format!("cat-short-{c}"))),
                "at_local": super::berlin_time(a.created_at),
            })
        })
        .collect();
    // Choices for the adjustment forms.
    let mut children: Vec<(String, String)> = r
        .run
        .instance
        .children
        .iter()
        .map(|c| (c.id.clone(), person(&c.id)))
        .collect();
    children.sort_by(|a, b| a.1.cmp(&b.1));
    let mut facility_choices: Vec<(String, String)> = r
        .run
        .instance
        .facilities
        .iter()
        .map(|f| (f.id.clone(), name(&f.id)))
        .collect();
    facility_choices.sort_by(|a, b| a.1.cmp(&b.1));
    let answers = if reviewing { answers } else { HashMap::new() };
    let unconfirmed = review::unconfirmed(&r.proposal, &answers, &led);
    Ok(ui.render_in(
        &staff.tenant,
        "office/run",
        json!({
            "run": merge_time(json!(r.run.row), r.run.row.created_at),
            "round": round,
            "report": { "children": rep.children, "placed": rep.placed, "unplaced_count": rep.unplaced.len() },
            "bars": bars,
            "chart": chart,
            "slots": slots,
            "unplaced": unplaced,
            "placed": placed,
            "groups": groups,
            "envy": envy,
            "adjustments": adjustments,
            "children": children,
            "facilities": facility_choices,
            "categories": round.category_list(),
            "reviewing": reviewing,
            "confirmation_required": settings.confirmation_required,
            "unconfirmed": unconfirmed,
            "seconds": format!("{:.3}", r.run.outcome.stats.seconds),
        }),
    ))
}

#[get("/<_>/office/allocation/<id>/compare?<a>&<b>", rank = 9)]
async fn compare_page(
    app: &State<Arc<App>>,
    staff: YouthOffice,
    ui: Ui,
    id: &str,
    a: &str,
    b: &str,
) -> AppResult<Template> {
    let (tenant, id, a, b) = (
        staff.tenant.id.clone(),
        id.to_string(),
        a.to_string(),
        b.to_string(),
    );
    let (round, ra, rb) = app
        .db
        .run(move |c| {
            let round = store::round(c, &tenant, &id)?.ok_or(AppError::NotFound)?;
            let ra = store::run(c, &tenant, &a)?.ok_or(AppError::NotFound)?;
            let rb = store::run(c, &tenant, &b)?.ok_or(AppError::NotFound)?;
            if ra.row.round_id != round.id || rb.row.round_id != round.id {
                return Err(AppError::NotFound);
            }
            Ok((round, ra, rb))
        })
        .await?;
    let names = facility_names(app, &staff).await?;
    let name = |f: &str| names.get(f).cloned().unwrap_or_else(|| f.to_string());
    let (pa, pb) = (
        report::report(&ra.instance, &ra.outcome),
        report::report(&rb.instance, &rb.outcome),
    );
    let mut slots: BTreeMap<(String, String), (u32, u32, u32, u32)> = BTreeMap::new();
    for s in &pa.slots {
        let e = slots
            .entry((name(&s.facility), s.category.clone()))
            .or_default();
        (e.0, e.1) = (s.capacity, s.placed);
    }
    for s in &pb.slots {
        let e = slots
            .entry((name(&s.facility), s.category.clone()))
            .or_default();
        (e.2, e.3) = (s.capacity, s.placed);
    }
    let slots: Vec<Value> = slots
        .into_iter()
        .map(|((f, c), (ca, pla, cb, plb))| {
            json!({ "facility": f, "category": c, "capacity_a": ca, "placed_a": pla,
                    "capacity_b": cb, "placed_b": plb, "differs": pla != plb || ca != cb })
        })
        .collect();
    let wishes = pa.by_wish.len().max(pb.by_wish.len());
    let by_wish: Vec<Value> = (0..wishes)
        .map(|k| {
            json!({ "n": k + 1, "a": pa.by_wish.get(k).copied().unwrap_or(0),
                    "b": pb.by_wish.get(k).copied().unwrap_or(0) })
        })
        .collect();
    let changed = ra
        .outcome
        .assignments
        .iter()
        .filter(|(c, f)| rb.outcome.assignments.get(*c) != Some(*f))
        .count()
        + rb.outcome
            .assignments
            .keys()
            .filter(|c| !ra.outcome.assignments.contains_key(*c))
            .count();
    Ok(ui.render_in(
        &staff.tenant,
        "office/compare",
        json!({
            "round": round,
            "a": merge_time(json!(ra.row), ra.row.created_at),
            "b": merge_time(json!(rb.row), rb.row.created_at),
            "summary_a": { "children": pa.children, "placed": pa.placed, "envy": ra.stability.len() },
            "summary_b": { "children": pb.children, "placed": pb.placed, "envy": rb.stability.len() },
            "by_wish": by_wish,
            "slots": slots,
            "changed": changed,
        }),
    ))
}

#[post(
    "/<_>/office/allocation/runs/<id>/publish",
    data = "<_form>",
    rank = 10
)]
async fn publish(
    app: &State<Arc<App>>,
    staff: YouthOffice,
    rid: RequestId,
    id: &str,
    _form: CsrfForm<EmptyForm>,
) -> AppResult<Flash<Redirect>> {
    let ctx = audit(app, &rid, Some(staff.user_id()));
    let (tenant, run_id, slug) = (
        staff.tenant.id.clone(),
        id.to_string(),
        staff.tenant.slug.clone(),
    );
    let app2 = Arc::clone(app.inner());
    let back = Redirect::to(format!(
        "/{}/office/allocation/runs/{id}",
        staff.tenant.slug
    ));
    let done = app
        .db
        .run(move |c| {
            diesel::Connection::transaction(c, |tx| {
                let done = store::publish(tx, &tenant, &run_id, &ctx)?;
                if let Published::Done { round, notices } = &done {
                    crate::allocation::notify(tx, &app2, &tenant, &slug, round, notices, &ctx)?;
                }
                Ok(done)
            })
        })
        .await;
    Ok(match done {
        Ok(Published::Done { .. }) => Flash::success(back, "flash-published"),
        Ok(Published::Unconfirmed(_)) => Flash::error(back, "err-unconfirmed"),
        Ok(Published::Already) => Flash::error(back, "err-already-published"),
        // Places changed since the run (checked before anything is written), or a concurrent
        // answer or round took a place while publishing (the transaction is rolled back).
        Ok(Published::Outdated) | Err(AppError::Conflict(_)) | Err(AppError::Busy) => {
            Flash::error(back, "err-run-outdated")
        }
        Err(e) => return Err(e),
    })
}

// ------------------------------------------------------------------------------ parents

async fn answer(
    app: &State<Arc<App>>,
    parent: &ParentOf,
    rid: &RequestId,
    id: &str,
    accepting: bool,
) -> AppResult<Flash<Redirect>> {
    let ctx = audit(app, rid, Some(parent.user_id()));
    let (tenant, user, id2) = (parent.tenant.id.clone(), parent.user_id(), id.to_string());
    let outcome = app
        .db
        .run(move |c| {
            let household = households::find_household(c, &user)?.ok_or(AppError::NotFound)?;
            if accepting {
                store::accept_with_retry(c, &tenant, &household, &id2, &ctx)
            } else {
                diesel::Connection::transaction(c, |tx| {
                    store::decline(tx, &tenant, &household, &id2, &ctx)
                })
            }
        })
        .await?;
    let back = Redirect::to(format!("/{}/applications/{id}", parent.tenant.slug));
    Ok(match outcome {
        Answer::Done(_) if accepting => Flash::success(back, "flash-offer-accepted"),
        Answer::Done(_) => Flash::success(back, "flash-offer-declined"),
        Answer::NotOpen => Flash::error(back, "err-offer-not-open"),
        Answer::PlaceGone => Flash::error(back, "err-offer-place-gone"),
    })
}

#[post("/<_>/applications/<id>/accept", data = "<_form>", rank = 10)]
async fn accept(
    app: &State<Arc<App>>,
    parent: ParentOf,
    rid: RequestId,
    id: &str,
    _form: CsrfForm<EmptyForm>,
) -> AppResult<Flash<Redirect>> {
    answer(app, &parent, &rid, id, true).await
}

#[post("/<_>/applications/<id>/decline", data = "<_form>", rank = 10)]
async fn decline(
    app: &State<Arc<App>>,
    parent: ParentOf,
    rid: RequestId,
    id: &str,
    _form: CsrfForm<EmptyForm>,
) -> AppResult<Flash<Redirect>> {
    answer(app, &parent, &rid, id, false).await
}

/// The parent's view of an application's allocation: the offer (if any) and the explanation
/// lines as localised sentences.
pub async fn parent_context(
    app: &App,
    parent: &ParentOf,
    lang: &str,
    id: &str,
) -> AppResult<Value> {
    let letters = super::letters::list(app, parent.tenant.id.clone(), id).await?;
    let (tenant, id) = (parent.tenant.id.clone(), id.to_string());
    let (offer, explained) = app
        .db
        .run(move |c| {
            Ok((
                store::offer_of(c, &tenant, &id)?,
                store::explain(c, &tenant, &id)?,
            ))
        })
        .await?;
    let today = app.clock.now_naive().date();
    let lines: Vec<String> = explained
        .as_ref()
        .map(|e| {
            let category = t(lang, &format!("cat-short-{}", e.category));
            e.lines
                .iter()
                .map(|l| {
                    let key = match (l.reason, l.tie) {
                        (Reason::Full, true) => "expl-full-tie",
                        (Reason::Full, false) => "expl-full",
                        (Reason::NoCapacity, _) => "expl-no-capacity",
                        (Reason::SiblingGroup, _) => "expl-sibling",
                        (Reason::Manual, _) => "expl-manual",
                        (Reason::UnknownFacility, _) => "expl-unknown",
                    };
                    crate::i18n::t_args(
                        lang,
                        key,
                        &[
                            ("facility", l.facility.clone()),
                            ("capacity", l.capacity.to_string()),
                            ("category", category.clone()),
                            ("cutoff", l.cutoff.unwrap_or(0).to_string()),
                            ("points", l.own_score.to_string()),
                        ],
                    )
                })
                .collect()
        })
        .unwrap_or_default();
    let open = offer
        .as_ref()
        .is_some_and(|o| o.status == "open" && o.deadline >= today);
    Ok(json!({
        "letters": letters,
        "offer": offer,
        "offer_open": open,
        "explained": explained.as_ref().map(|e| json!({ "placed": e.placed })),
        "explanation": lines,
    }))
}

// ------------------------------------------------------------------------------ settings

/// The admin's allocation settings form.
#[derive(Debug, FromForm)]
pub struct SettingsForm {
    bonus_sibling: String,
    bonus_own_krippe: String,
    bonus_catchment: String,
    bonus_staff: String,
    offer_days: String,
    /// Facility leads must confirm before publishing.
    confirmation_required: bool,
}

fn settings_template(
    ui: &Ui,
    admin: &MunicipalityAdmin,
    form: Value,
    errors: Vec<FieldError>,
) -> Template {
    ui.render_in(
        &admin.tenant,
        "office/allocation_settings",
        json!({ "form": form, "errors": errors }),
    )
}

#[get("/<_>/admin/allocation", rank = 10)]
async fn settings_page(
    app: &State<Arc<App>>,
    admin: MunicipalityAdmin,
    ui: Ui,
) -> AppResult<Template> {
    let tenant = admin.tenant.id.clone();
    let s = app.db.run(move |c| store::settings(c, &tenant)).await?;
    let form = json!({
        "bonus_sibling": s.bonuses.sibling.to_string(),
        "bonus_own_krippe": s.bonuses.own_krippe.to_string(),
        "bonus_catchment": s.bonuses.catchment.to_string(),
        "bonus_staff": s.bonuses.staff.to_string(),
        "offer_days": s.offer_days.to_string(),
        "confirmation_required": s.confirmation_required,
    });
    Ok(settings_template(&ui, &admin, form, Vec::new()))
}

#[post("/<_>/admin/allocation", data = "<form>", rank = 10)]
async fn save_settings(
    app: &State<Arc<App>>,
    admin: MunicipalityAdmin,
    ui: Ui,
    rid: RequestId,
    form: CsrfForm<SettingsForm>,
) -> AppResult<Result<Flash<Redirect>, (Status, Template)>> {
    let f = form.into_inner();
    match priority::validate_settings(
        &f.bonus_sibling,
        &f.bonus_own_krippe,
        &f.bonus_catchment,
        &f.bonus_staff,
        &f.offer_days,
    ) {
        Ok((bonuses, offer_days)) => {
            let ctx = audit(app, &rid, Some(admin.user_id()));
            let tenant = admin.tenant.id.clone();
            let settings = store::Settings {
                bonuses,
                offer_days,
                confirmation_required: f.confirmation_required,
            };
            app.db
                .run(move |c| {
                    diesel::Connection::transaction(c, |tx| {
                        store::save_settings(tx, &tenant, &settings, &ctx)
                    })
                })
                .await?;
            Ok(Ok(Flash::success(
                Redirect::to(format!("/{}/admin/allocation", admin.tenant.slug)),
                "flash-saved",
            )))
        }
        Err(errors) => {
            let errors = errors
                .into_iter()
                .map(|(field, key)| FieldError { field, key })
                .collect();
            let form = json!({
                "bonus_sibling": f.bonus_sibling, "bonus_own_krippe": f.bonus_own_krippe,
                "bonus_catchment": f.bonus_catchment, "bonus_staff": f.bonus_staff,
                "offer_days": f.offer_days, "confirmation_required": f.confirmation_required,
            });
            Ok(Err((
                Status::UnprocessableEntity,
                settings_template(&ui, &admin, form, errors),
            )))
        }
    }
}

/// The office's facts on an application (current facility, parent works at).
#[derive(Debug, FromForm)]
pub struct FactsForm {
    current_facility: String,
    staff_facility: String,
}

#[post("/<_>/office/applications/<id>/allocation", data = "<form>", rank = 10)]
async fn save_facts(
    app: &State<Arc<App>>,
    staff: YouthOffice,
    rid: RequestId,
    id: &str,
    form: CsrfForm<FactsForm>,
) -> AppResult<Flash<Redirect>> {
    let f = form.into_inner();
    let some = |s: &str| (!s.trim().is_empty()).then(|| s.trim().to_string());
    let facts = store::Facts {
        current_facility_id: some(&f.current_facility),
        staff_facility_id: some(&f.staff_facility),
    };
    let ctx = audit(app, &rid, Some(staff.user_id()));
    let (tenant, id2) = (staff.tenant.id.clone(), id.to_string());
    let ok = app
        .db
        .run(move |c| {
            diesel::Connection::transaction(c, |tx| {
                store::set_facts(tx, &tenant, &id2, &facts, &ctx)
            })
        })
        .await?;
    let back = Redirect::to(format!("/{}/office/applications/{id}", staff.tenant.slug));
    Ok(if ok {
        Flash::success(back, "flash-saved")
    } else {
        Flash::error(back, "err-a-unknown-facility")
    })
}

/// A facility's catchment area.
#[derive(Debug, FromForm)]
pub struct CatchmentForm {
    catchment: String,
}

#[post("/<_>/office/facilities/<id>/catchment", data = "<form>", rank = 10)]
async fn save_catchment(
    app: &State<Arc<App>>,
    staff: YouthOffice,
    rid: RequestId,
    id: &str,
    form: CsrfForm<CatchmentForm>,
) -> AppResult<Flash<Redirect>> {
    let back = Redirect::to(format!("/{}/office/facilities/{id}", staff.tenant.slug));
    let Some(text) = priority::clean_catchment(&form.into_inner().catchment) else {
        return Ok(Flash::error(back, "err-catchment"));
    };
    let ctx = audit(app, &rid, Some(staff.user_id()));
    let (tenant, id) = (staff.tenant.id.clone(), id.to_string());
    app.db
        .run(move |c| {
            diesel::Connection::transaction(c, |tx| {
                store::set_catchment(tx, &tenant, &id, &text, &ctx)
            })
        })
        .await?;
    Ok(Flash::success(back, "flash-saved"))
}
