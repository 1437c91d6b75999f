//! Bestandskinder imports: the uploaded file is kept; a dry run checks it (columns, every row,
//! overlaps with contracts already in the database, external ids already used) and reports per
//! row; the import itself runs as a background job and writes all rows in one transaction —
//! any failure leaves nothing behind.

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use serde::Serialize;

use super::audit::{self, AuditCtx};
use super::contracts::{create_direct, known_children};
use super::Conn;
use crate::db::schema::{contract_imports, contracts};
use crate::domain::contract::{overlaps, ContractStatus, Origin};
use crate::domain::contract_import::{check, HeaderProblem, ImportRow, RowError};
use crate::error::{AppError, AppResult};
use crate::ids::TenantId;

/// Job kind of an import (subject: the import).
pub const JOB_KIND: &str = "contract_import";

/// What the office sees of an import.
#[derive(Debug, Clone, Serialize)]
pub struct Report {
    /// File name as uploaded.
    pub file_name: String,
    /// `uploaded`, `queued`, `done` or `failed`.
    pub status: String,
    /// Data rows in the file.
    pub rows: usize,
    /// Rows without problems.
    pub valid: usize,
    /// Problems per row.
    pub errors: Vec<RowError>,
    /// The header does not fit.
    pub header: Option<HeaderProblem>,
    /// The file cannot be read at all.
    pub unreadable: bool,
    /// Contracts written (after the import).
    pub imported: i32,
    /// Why the import failed (after a failed import): `line:problem` of the first bad row,
    /// or another reason.
    pub error: Option<String>,
    /// The failed import's bad row, split from `error`: line and problem.
    pub failed_row: Option<(usize, String)>,
    /// May it be imported now?
    pub importable: bool,
}

/// Keeps an uploaded file; returns the import id.
pub fn store_upload(
    conn: &mut Conn,
    tenant: &TenantId,
    file_name: &str,
    content: &[u8],
    ctx: &AuditCtx,
) -> AppResult<String> {
    let id = uuid::Uuid::new_v4().to_string();
    diesel::insert_into(contract_imports::table)
        .values((
            contract_imports::id.eq(&id),
            contract_imports::municipality_id.eq(tenant.as_str()),
            contract_imports::file_name.eq(file_name),
            contract_imports::content.eq(content),
            contract_imports::rows_total.eq(0),
            contract_imports::status.eq("uploaded"),
            contract_imports::imported.eq(0),
            contract_imports::created_at.eq(ctx.at),
            contract_imports::created_by.eq(ctx.actor.as_ref().map(|a| a.as_str())),
        ))
        .execute(conn)?;
    audit::record(
        conn,
        ctx,
        Some(tenant),
        "upload",
        "contract_import",
        Some(&id),
        &["file"],
    )?;
    Ok(id)
}

type ImportRecord = (String, Vec<u8>, String, i32, Option<String>);

fn load(conn: &mut Conn, tenant: &TenantId, id: &str) -> AppResult<Option<ImportRecord>> {
    Ok(contract_imports::table
        .filter(contract_imports::id.eq(id))
        .filter(contract_imports::municipality_id.eq(tenant.as_str()))
        .select((
            contract_imports::file_name,
            contract_imports::content,
            contract_imports::status,
            contract_imports::imported,
            contract_imports::error,
        ))
        .first(conn)
        .optional()?)
}

/// A table examined: (data rows, valid rows, problems), or the header problem (`None`: the
/// file cannot be read).
type Examined = Result<(usize, Vec<ImportRow>, Vec<RowError>), Option<HeaderProblem>>;

/// The rows that may be written and the problems found, against the database as it is now.
fn examine(
    conn: &mut Conn,
    tenant: &TenantId,
    file_name: &str,
    content: &[u8],
    scope: Option<&[String]>,
    today: NaiveDate,
) -> AppResult<Examined> {
    let Ok(table) = kitaplatz_export::read_table(file_name, content) else {
        return Ok(Err(None));
    };
    let facilities: Vec<(String, String)> = super::facilities::names(conn, tenant)?
        .into_iter()
        .filter(|(id, _)| scope.is_none_or(|s| s.iter().any(|f| f == id)))
        .collect();
    let rows = table
        .rows
        .iter()
        .filter(|r| r.iter().any(|c| !c.is_empty()))
        .count();
    let mut checked = match check(&table.headers, &table.rows, &facilities, today) {
        Ok(c) => c,
        Err(h) => return Ok(Err(Some(h))),
    };
    // Against the database: a known child's binding contracts, external ids in use.
    let known = known_children(conn, tenant)?;
    let binding: Vec<(String, NaiveDate, Option<NaiveDate>)> = contracts::table
        .filter(contracts::municipality_id.eq(tenant.as_str()))
        .filter(contracts::status.ne(ContractStatus::Draft.code()))
        .select((
            contracts::child_id,
            contracts::start_date,
            contracts::end_date,
        ))
        .load(conn)?;
    let external: Vec<String> = contracts::table
        .filter(contracts::municipality_id.eq(tenant.as_str()))
        .filter(contracts::external_id.is_not_null())
        .select(contracts::external_id.assume_not_null())
        .load(conn)?;
    let mut more = Vec::new();
    for row in &checked.rows {
        if let Some(child) = known.get(&row.child_key()) {
            let clash = binding
                .iter()
                .any(|(c, s, e)| c == child && overlaps(*s, *e, row.terms.start, row.terms.end));
            if clash {
                more.push(RowError {
                    line: row.line,
                    field: "overlap",
                });
            }
        }
        if let Some(child) = known.get(&row.child_key()) {
            if super::contracts::has_accepted_offer(conn, tenant, child)? {
                more.push(RowError {
                    line: row.line,
                    field: "use_offer",
                });
            }
        }
        if row
            .external_id
            .as_ref()
            .is_some_and(|x| external.contains(x))
        {
            more.push(RowError {
                line: row.line,
                field: "externe_id",
            });
        }
    }
    checked
        .rows
        .retain(|r| !more.iter().any(|e| e.line == r.line));
    checked.errors.extend(more);
    checked.errors.sort_by_key(|e| e.line);
    Ok(Ok((rows, checked.rows, checked.errors)))
}

/// The dry run of an import (or its outcome once imported). `None`: no such import.
pub fn dry_run(
    conn: &mut Conn,
    tenant: &TenantId,
    id: &str,
    scope: Option<&[String]>,
    today: NaiveDate,
) -> AppResult<Option<Report>> {
    let Some((file_name, content, status, imported, error)) = load(conn, tenant, id)? else {
        return Ok(None);
    };
    let mut report = Report {
        file_name: file_name.clone(),
        status: status.clone(),
        rows: 0,
        valid: 0,
        errors: Vec::new(),
        header: None,
        unreadable: false,
        imported,
        failed_row: error.as_deref().and_then(|e| {
            let (line, field) = e.split_once(':')?;
            Some((line.parse().ok()?, field.to_string()))
        }),
        error,
        importable: false,
    };
    match examine(conn, tenant, &file_name, &content, scope, today)? {
        Err(None) => report.unreadable = true,
        Err(Some(h)) => report.header = Some(h),
        Ok((rows, valid, errors)) => {
            report.rows = rows;
            report.valid = valid.len();
            report.importable = status == "uploaded" && errors.is_empty() && !valid.is_empty();
            report.errors = errors;
        }
    }
    Ok(Some(report))
}

/// Queues the import when its dry run is clean. `None`: no such import; `Some(false)`: not
/// importable (errors, empty, or already queued).
pub fn queue(
    conn: &mut Conn,
    tenant: &TenantId,
    id: &str,
    scope: Option<&[String]>,
    today: NaiveDate,
    ctx: &AuditCtx,
) -> AppResult<Option<bool>> {
    let Some(report) = dry_run(conn, tenant, id, scope, today)? else {
        return Ok(None);
    };
    if !report.importable {
        return Ok(Some(false));
    }
    let n = diesel::update(
        contract_imports::table
            .filter(contract_imports::id.eq(id))
            .filter(contract_imports::status.eq("uploaded")),
    )
    .set((
        contract_imports::status.eq("queued"),
        contract_imports::rows_total.eq(report.rows as i32),
    ))
    .execute(conn)?;
    if n == 0 {
        return Ok(Some(false));
    }
    super::jobs::enqueue(conn, tenant, JOB_KIND, id, 1, ctx)?;
    Ok(Some(true))
}

/// Writes every row of a queued import in the caller's transaction, as signed contracts;
/// any problem (a row that became invalid, a contract signed meanwhile) is an error, so the
/// caller's rollback leaves nothing behind. Returns the number of contracts.
pub fn write_all(
    conn: &mut Conn,
    tenant: &TenantId,
    id: &str,
    today: NaiveDate,
    ctx: &AuditCtx,
) -> AppResult<usize> {
    let (file_name, content, status, _, _) = load(conn, tenant, id)?.ok_or(AppError::NotFound)?;
    if status != "queued" {
        return Err(AppError::Conflict(NOT_QUEUED.into()));
    }
    let (rows, errors) = match examine(conn, tenant, &file_name, &content, None, today)? {
        Ok((_, rows, errors)) => (rows, errors),
        Err(_) => return Err(AppError::BadRequest("file cannot be read".into())),
    };
    if let Some(e) = errors.first() {
        return Err(AppError::BadRequest(format!("{}:{}", e.line, e.field)));
    }
    let mut known = known_children(conn, tenant)?;
    for row in &rows {
        create_direct(
            conn,
            tenant,
            &row.facility_id,
            &row.child,
            (&row.guardian.0, &row.guardian.1),
            row.terms,
            row.external_id.as_deref(),
            Origin::Import,
            ContractStatus::Signed,
            &mut known,
            ctx,
        )
        .map_err(|e| match e {
            AppError::Conflict(c) if c == "use_offer" => {
                AppError::BadRequest(format!("{}:use_offer", row.line))
            }
            AppError::Conflict(_) => AppError::BadRequest(format!("{}:overlap", row.line)),
            other => other,
        })?;
    }
    finish(conn, id, "done", rows.len() as i32, None, ctx.at)?;
    audit::record(
        conn,
        ctx,
        Some(tenant),
        "import",
        "contract_import",
        Some(id),
        &["contracts"],
    )?;
    Ok(rows.len())
}

/// Records the outcome of a queued import (an import already finished keeps its outcome: a
/// job run twice after a crash cannot turn "done" into "failed") and drops the uploaded file —
/// the personal data now lives in the contracts, or nowhere.
pub fn finish(
    conn: &mut Conn,
    id: &str,
    status: &str,
    imported: i32,
    error: Option<&str>,
    at: NaiveDateTime,
) -> AppResult<()> {
    diesel::update(
        contract_imports::table
            .filter(contract_imports::id.eq(id))
            .filter(contract_imports::status.eq("queued")),
    )
    .set((
        contract_imports::status.eq(status),
        contract_imports::imported.eq(imported),
        contract_imports::error.eq(error),
        contract_imports::finished_at.eq(Some(at)),
        contract_imports::content.eq(Vec::<u8>::new()),
    ))
    .execute(conn)?;
    Ok(())
}

/// Why [`write_all`] did nothing: the import is not (any more) queued.
pub const NOT_QUEUED: &str = "import not queued";
