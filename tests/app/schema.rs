//! Both migration dialects produce the same tables, columns (normalised type, nullability)
//! and unique constraints. Each backend is compared with the checked-in description
//! `tests/fixtures/schema.txt`; CI runs the suite on both, so both equal the file and hence
//! each other. `UPDATE_SCHEMA=1 cargo test schema` rewrites the file from SQLite.

use diesel::prelude::*;
use diesel::sql_types::{BigInt, Text};
use kitaplatz::db::DbConnection;

use crate::common::*;

#[derive(QueryableByName)]
struct Name {
    #[diesel(sql_type = Text)]
    name: String,
}

#[derive(QueryableByName)]
struct SqliteColumn {
    #[diesel(sql_type = Text)]
    name: String,
    #[diesel(sql_type = Text)]
    r#type: String,
    #[diesel(sql_type = BigInt)]
    notnull: i64,
    #[diesel(sql_type = BigInt)]
    pk: i64,
}

#[derive(QueryableByName)]
struct SqliteIndex {
    #[diesel(sql_type = Text)]
    name: String,
    #[diesel(sql_type = BigInt)]
    unique: i64,
}

#[derive(QueryableByName)]
struct PgColumn {
    #[diesel(sql_type = Text)]
    table_name: String,
    #[diesel(sql_type = Text)]
    column_name: String,
    #[diesel(sql_type = Text)]
    data_type: String,
    #[diesel(sql_type = Text)]
    is_nullable: String,
}

#[derive(QueryableByName)]
struct PgUnique {
    #[diesel(sql_type = Text)]
    table_name: String,
    #[diesel(sql_type = Text)]
    columns: String,
}

fn normalise(ty: &str) -> String {
    let ty = ty.to_lowercase();
    match ty.as_str() {
        "text" | "character varying" => "text",
        "integer" | "int4" => "integer",
        "bigint" | "int8" => "bigint",
        "boolean" | "bool" => "boolean",
        "date" => "date",
        "blob" | "bytea" => "binary",
        t if t.starts_with("timestamp") => "timestamp",
        other => return other.to_string(),
    }
    .to_string()
}

fn describe(conn: &mut DbConnection) -> Vec<String> {
    let mut lines = Vec::new();
    match conn {
        DbConnection::Sqlite(c) => {
            let tables: Vec<Name> = diesel::sql_query(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' \
                 AND name != '__diesel_schema_migrations' ORDER BY name",
            )
            .load(c)
            .unwrap();
            for t in tables {
                let cols: Vec<SqliteColumn> = diesel::sql_query(format!(
                    "SELECT name, type, \"notnull\", pk FROM pragma_table_info('{}')",
                    t.name
                ))
                .load(c)
                .unwrap();
                let mut pk = Vec::new();
                for col in &cols {
                    let null = if col.notnull == 1 { "not null" } else { "null" };
                    lines.push(format!(
                        "column {}.{} {} {}",
                        t.name,
                        col.name,
                        normalise(&col.r#type),
                        null
                    ));
                    if col.pk > 0 {
                        pk.push(col.name.clone());
                    }
                }
                lines.push(format!("unique {} ({})", t.name, pk.join(",")));
                let indexes: Vec<SqliteIndex> = diesel::sql_query(format!(
                    "SELECT name, \"unique\" FROM pragma_index_list('{}')",
                    t.name
                ))
                .load(c)
                .unwrap();
                for idx in indexes.into_iter().filter(|i| i.unique == 1) {
                    let cols: Vec<Name> = diesel::sql_query(format!(
                        "SELECT name FROM pragma_index_info('{}') ORDER BY seqno",
                        idx.name
                    ))
                    .load(c)
                    .unwrap();
                    let cols: Vec<String> = cols.into_iter().map(|n| n.name).collect();
                    if cols != pk {
                        lines.push(format!("unique {} ({})", t.name, cols.join(",")));
                    }
                }
            }
        }
        DbConnection::Postgresql(c) => {
            let cols: Vec<PgColumn> = diesel::sql_query(
                "SELECT table_name::text, column_name::text, data_type::text, is_nullable::text \
                 FROM information_schema.columns WHERE table_schema = 'public' \
                 AND table_name != '__diesel_schema_migrations' ORDER BY table_name, ordinal_position",
            )
            .load(c)
            .unwrap();
            for col in cols {
                let null = if col.is_nullable == "NO" {
                    "not null"
                } else {
                    "null"
                };
                lines.push(format!(
                    "column {}.{} {} {}",
                    col.table_name,
                    col.column_name,
                    normalise(&col.data_type),
                    null
                ));
            }
            let uniques: Vec<PgUnique> = diesel::sql_query(
                "SELECT t.relname::text AS table_name, \
                   string_agg(a.attname::text, ',' ORDER BY k.ord) AS columns \
                 FROM pg_index i \
                 JOIN pg_class t ON t.oid = i.indrelid \
                 JOIN pg_namespace n ON n.oid = t.relnamespace AND n.nspname = 'public' \
                 CROSS JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, ord) \
                 JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum \
                 WHERE i.indisunique AND t.relname != '__diesel_schema_migrations' \
                 GROUP BY t.relname, i.indexrelid",
            )
            .load(c)
            .unwrap();
            for u in uniques {
                lines.push(format!("unique {} ({})", u.table_name, u.columns));
            }
        }
    }
    lines.sort();
    lines.dedup();
    lines
}

#[test]
fn both_dialects_produce_the_schema_in_the_fixture() {
    let t = TestApp::empty();
    let mut conn = t.app.db.get().unwrap();
    let actual = describe(&mut conn).join("\n") + "\n";
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/schema.txt");
    if std::env::var("UPDATE_SCHEMA").is_ok() && !on_postgres() {
        std::fs::write(&path, &actual).unwrap();
    }
    let expected = std::fs::read_to_string(&path).expect("tests/fixtures/schema.txt");
    assert_eq!(
        actual,
        expected,
        "schema differs from tests/fixtures/schema.txt (backend: {})",
        if on_postgres() {
            "PostgreSQL"
        } else {
            "SQLite"
        }
    );
    assert!(expected.contains("unique municipalities (ags)"));
    assert!(expected.contains("unique memberships (user_id,role,scope_key)"));
}
