//! One portable Diesel schema for both SQLite and PostgreSQL (see the migrations folders).

diesel::table! {
    districts (id) {
        id -> Text,
        slug -> Text,
        name -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    municipalities (id) {
        id -> Text,
        district_id -> Text,
        slug -> Text,
        name -> Text,
        ags -> Text,
        bundesland -> Text,
        created_at -> Timestamp,
        texts_version -> Integer,
    }
}

diesel::table! {
    text_overrides (municipality_id, lang, message_key) {
        municipality_id -> Text,
        lang -> Text,
        message_key -> Text,
        text -> Text,
        updated_at -> Timestamp,
        updated_by -> Nullable<Text>,
    }
}

diesel::table! {
    municipality_settings (municipality_id) {
        municipality_id -> Text,
        max_wishes -> Integer,
        advance_months -> Integer,
        school_entry_cutoff -> Text,
        small_cell_threshold -> Integer,
        modules -> Text,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    users (id) {
        id -> Text,
        email -> Text,
        password_hash -> Nullable<Text>,
        email_confirmed_at -> Nullable<Timestamp>,
        preferred_lang -> Text,
        created_at -> Timestamp,
        disabled_at -> Nullable<Timestamp>,
        totp_secret -> Nullable<Text>,
        totp_enabled_at -> Nullable<Timestamp>,
        totp_last_step -> Nullable<BigInt>,
        access_networks -> Nullable<Text>,
        access_window -> Nullable<Text>,
        deleted_at -> Nullable<Timestamp>,
        purged_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    recovery_codes (code_hash) {
        code_hash -> Text,
        user_id -> Text,
        created_at -> Timestamp,
        used_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    memberships (id) {
        id -> Text,
        user_id -> Text,
        role -> Text,
        municipality_id -> Nullable<Text>,
        district_id -> Nullable<Text>,
        facility_id -> Nullable<Text>,
        scope_key -> Text,
        created_at -> Timestamp,
        disabled_at -> Nullable<Timestamp>,
        provider_id -> Nullable<Text>,
    }
}

diesel::table! {
    user_tokens (token_hash) {
        token_hash -> Text,
        user_id -> Text,
        purpose -> Text,
        created_at -> Timestamp,
        expires_at -> Timestamp,
        used_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    sessions (id_hash) {
        id_hash -> Text,
        user_id -> Text,
        created_at -> Timestamp,
        last_seen_at -> Timestamp,
        expires_at -> Timestamp,
        verified_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    audit_log (id) {
        id -> Text,
        at -> Timestamp,
        actor_user_id -> Nullable<Text>,
        municipality_id -> Nullable<Text>,
        action -> Text,
        entity_type -> Text,
        entity_id -> Nullable<Text>,
        changed_fields -> Text,
        request_id -> Text,
        actor_token_id -> Nullable<Text>,
    }
}

diesel::table! {
    outbox (id) {
        id -> Text,
        created_at -> Timestamp,
        to_address -> Text,
        subject -> Text,
        body -> Text,
        attempts -> Integer,
        next_attempt_at -> Timestamp,
        claimed_until -> Nullable<Timestamp>,
        sent_at -> Nullable<Timestamp>,
        last_error -> Nullable<Text>,
        letter_id -> Nullable<Text>,
        fee_notice_id -> Nullable<Text>,
    }
}

diesel::table! {
    providers (id) {
        id -> Text,
        municipality_id -> Text,
        name -> Text,
        kind -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    facilities (id) {
        id -> Text,
        municipality_id -> Text,
        provider_id -> Text,
        name -> Text,
        kind -> Text,
        street -> Text,
        house_number -> Text,
        postal_code -> Text,
        city -> Text,
        latitude_e6 -> Nullable<Integer>,
        longitude_e6 -> Nullable<Integer>,
        phone -> Text,
        email -> Text,
        website -> Text,
        opening_hours -> Text,
        care_hours -> Text,
        tags -> Text,
        created_at -> Timestamp,
        updated_at -> Timestamp,
        catchment -> Text,
    }
}

diesel::table! {
    licences (id) {
        id -> Text,
        facility_id -> Text,
        valid_from -> Date,
        valid_to -> Nullable<Date>,
        places_u2 -> Integer,
        places_u3 -> Integer,
        places_ue3 -> Integer,
        places_hort -> Integer,
        reserved_u2 -> Integer,
        reserved_u3 -> Integer,
        reserved_ue3 -> Integer,
        reserved_hort -> Integer,
        created_at -> Timestamp,
    }
}

diesel::table! {
    households (id) {
        id -> Text,
        owner_user_id -> Nullable<Text>,
        created_at -> Timestamp,
    }
}

diesel::table! {
    guardians (id) {
        id -> Text,
        household_id -> Text,
        first_names -> Text,
        last_name -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    children (id) {
        id -> Text,
        household_id -> Text,
        first_names -> Text,
        last_name -> Text,
        birth_date -> Date,
        street -> Text,
        house_number -> Text,
        postal_code -> Text,
        city -> Text,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    priority_criteria (id) {
        id -> Text,
        municipality_id -> Text,
        label -> Text,
        help_text -> Text,
        points -> Integer,
        position -> Integer,
        active -> Bool,
        created_at -> Timestamp,
    }
}

diesel::table! {
    consent_texts (id) {
        id -> Text,
        municipality_id -> Text,
        version -> Integer,
        body -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    registration_deadlines (id) {
        id -> Text,
        municipality_id -> Text,
        kita_year -> Integer,
        deadline -> Date,
    }
}

diesel::table! {
    applications (id) {
        id -> Text,
        municipality_id -> Text,
        household_id -> Text,
        child_id -> Text,
        kind -> Text,
        status -> Text,
        start_date -> Date,
        kita_year -> Integer,
        category -> Text,
        weekly_hours -> Nullable<Integer>,
        entitlement_date -> Date,
        late -> Bool,
        origin -> Text,
        consent_version -> Nullable<Integer>,
        consent_at -> Nullable<Timestamp>,
        submitted_at -> Timestamp,
        updated_at -> Timestamp,
        open_key -> Nullable<Text>,
        register_status -> Text,
        register_person_id -> Nullable<Text>,
        register_note -> Nullable<Text>,
        move_in_date -> Nullable<Date>,
        merged_into -> Nullable<Text>,
        lottery -> Nullable<BigInt>,
        current_facility_id -> Nullable<Text>,
        staff_facility_id -> Nullable<Text>,
    }
}

diesel::table! {
    register_settings (municipality_id) {
        municipality_id -> Text,
        kind -> Text,
        endpoint -> Text,
        username -> Nullable<Text>,
        password -> Nullable<Text>,
        timeout_ms -> Integer,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    register_checks (id) {
        id -> Text,
        application_id -> Text,
        municipality_id -> Text,
        state -> Text,
        attempts -> Integer,
        next_attempt_at -> Timestamp,
        last_error -> Nullable<Text>,
        created_at -> Timestamp,
        completed_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    register_lookups (id) {
        id -> Text,
        municipality_id -> Text,
        application_id -> Text,
        at -> Timestamp,
        procedure_name -> Text,
        actor_user_id -> Nullable<Text>,
        reason -> Text,
        adapter -> Text,
        result -> Text,
        duration_ms -> Integer,
        detail -> Nullable<Text>,
    }
}

diesel::table! {
    duplicate_pairs (id) {
        id -> Text,
        municipality_id -> Text,
        child_a -> Text,
        child_b -> Text,
        application_a -> Text,
        application_b -> Text,
        score_permille -> Integer,
        decision -> Text,
        source -> Text,
        state -> Text,
        created_at -> Timestamp,
        resolved_at -> Nullable<Timestamp>,
        resolved_by -> Nullable<Text>,
    }
}

diesel::table! {
    application_fingerprints (application_id, fingerprint) {
        application_id -> Text,
        district_id -> Text,
        municipality_id -> Text,
        fingerprint -> Text,
    }
}

diesel::table! {
    cross_duplicates (id) {
        id -> Text,
        municipality_id -> Text,
        application_id -> Text,
        other_municipality_id -> Text,
        state -> Text,
        created_at -> Timestamp,
        resolved_at -> Nullable<Timestamp>,
        resolved_by -> Nullable<Text>,
    }
}

diesel::table! {
    application_wishes (application_id, rank) {
        application_id -> Text,
        rank -> Integer,
        facility_id -> Text,
    }
}

diesel::table! {
    application_answers (application_id, criterion_id) {
        application_id -> Text,
        criterion_id -> Text,
    }
}

diesel::table! {
    application_events (id) {
        id -> Text,
        application_id -> Text,
        at -> Timestamp,
        from_status -> Nullable<Text>,
        to_status -> Text,
        actor_user_id -> Nullable<Text>,
        reason -> Text,
    }
}

diesel::table! {
    claim_codes (code_hash) {
        code_hash -> Text,
        municipality_id -> Text,
        household_id -> Text,
        created_at -> Timestamp,
        expires_at -> Timestamp,
        used_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    allocation_settings (municipality_id) {
        municipality_id -> Text,
        bonus_sibling -> Integer,
        bonus_own_krippe -> Integer,
        bonus_catchment -> Integer,
        bonus_staff -> Integer,
        offer_days -> Integer,
        updated_at -> Timestamp,
        confirmation_required -> Bool,
    }
}

diesel::table! {
    allocation_rounds (id) {
        id -> Text,
        municipality_id -> Text,
        name -> Text,
        start_date -> Date,
        categories -> Text,
        kinds -> Text,
        month_from -> Date,
        month_to -> Date,
        created_at -> Timestamp,
        created_by -> Nullable<Text>,
        published_run_id -> Nullable<Text>,
        published_at -> Nullable<Timestamp>,
        published_by -> Nullable<Text>,
        review_run_id -> Nullable<Text>,
    }
}

diesel::table! {
    allocation_adjustments (id) {
        id -> Text,
        run_id -> Text,
        municipality_id -> Text,
        seq -> Integer,
        kind -> Text,
        application_id -> Nullable<Text>,
        facility_id -> Nullable<Text>,
        category -> Nullable<Text>,
        places -> Integer,
        reason -> Text,
        created_at -> Timestamp,
        created_by -> Nullable<Text>,
    }
}

diesel::table! {
    allocation_confirmations (id) {
        id -> Text,
        run_id -> Text,
        municipality_id -> Text,
        application_id -> Text,
        facility_id -> Text,
        confirmed -> Bool,
        reason -> Text,
        created_at -> Timestamp,
        created_by -> Nullable<Text>,
    }
}

diesel::table! {
    letter_templates (id) {
        id -> Text,
        municipality_id -> Text,
        kind -> Text,
        version -> Integer,
        subject -> Text,
        body -> Text,
        created_at -> Timestamp,
        created_by -> Nullable<Text>,
    }
}

diesel::table! {
    letters (id) {
        id -> Text,
        municipality_id -> Text,
        application_id -> Text,
        kind -> Text,
        template_version -> Integer,
        recipient -> Text,
        subject -> Text,
        body -> Text,
        pdf -> Nullable<Binary>,
        created_at -> Timestamp,
        vars -> Nullable<Text>,
    }
}

diesel::table! {
    jobs (id) {
        id -> Text,
        municipality_id -> Text,
        kind -> Text,
        subject_id -> Text,
        status -> Text,
        steps_done -> Integer,
        steps_total -> Integer,
        result_id -> Nullable<Text>,
        error -> Nullable<Text>,
        created_at -> Timestamp,
        created_by -> Nullable<Text>,
        started_at -> Nullable<Timestamp>,
        finished_at -> Nullable<Timestamp>,
        lease_until -> Nullable<Timestamp>,
    }
}

diesel::table! {
    allocation_runs (id) {
        id -> Text,
        round_id -> Text,
        municipality_id -> Text,
        seq -> Integer,
        created_at -> Timestamp,
        created_by -> Nullable<Text>,
        input_hash -> Text,
        criteria_version -> Text,
        engine_version -> Text,
        lottery_digest -> Text,
        capacity_snapshot -> Text,
        instance -> Text,
        outcome -> Text,
        stability -> Text,
    }
}

diesel::table! {
    offers (id) {
        id -> Text,
        municipality_id -> Text,
        application_id -> Text,
        round_id -> Text,
        run_id -> Text,
        facility_id -> Text,
        category -> Text,
        weekly_hours -> Nullable<Integer>,
        kita_year -> Integer,
        start_date -> Date,
        status -> Text,
        deadline -> Date,
        created_at -> Timestamp,
        responded_at -> Nullable<Timestamp>,
        reminded_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    place_seats (facility_id, category, kita_year, seat) {
        facility_id -> Text,
        category -> Text,
        kita_year -> Integer,
        seat -> Integer,
        offer_id -> Text,
        taken_at -> Timestamp,
    }
}

diesel::table! {
    contracts (id) {
        id -> Text,
        municipality_id -> Text,
        facility_id -> Text,
        child_id -> Text,
        offer_id -> Nullable<Text>,
        application_id -> Nullable<Text>,
        origin -> Text,
        external_id -> Nullable<Text>,
        status -> Text,
        start_date -> Date,
        end_date -> Nullable<Date>,
        created_at -> Timestamp,
        created_by -> Nullable<Text>,
        signed_at -> Nullable<Timestamp>,
        signed_by -> Nullable<Text>,
        updated_at -> Timestamp,
        integration_note -> Nullable<Text>,
    }
}

diesel::table! {
    contract_hours (id) {
        id -> Text,
        contract_id -> Text,
        valid_from -> Date,
        weekly_hours -> Integer,
        recorded_at -> Timestamp,
        recorded_by -> Nullable<Text>,
    }
}

diesel::table! {
    contract_end_dates (id) {
        id -> Text,
        contract_id -> Text,
        end_date -> Nullable<Date>,
        reason -> Text,
        recorded_at -> Timestamp,
        recorded_by -> Nullable<Text>,
    }
}

diesel::table! {
    contract_imports (id) {
        id -> Text,
        municipality_id -> Text,
        file_name -> Text,
        content -> Binary,
        rows_total -> Integer,
        status -> Text,
        imported -> Integer,
        error -> Nullable<Text>,
        created_at -> Timestamp,
        created_by -> Nullable<Text>,
        finished_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    planning_areas (id) {
        id -> Text,
        municipality_id -> Text,
        name -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    planning_area_facilities (area_id, facility_id) {
        area_id -> Text,
        facility_id -> Text,
    }
}

diesel::table! {
    birth_cohorts (municipality_id, birth_year, area_name) {
        municipality_id -> Text,
        birth_year -> Integer,
        area_name -> Text,
        children -> Integer,
        uploaded_at -> Timestamp,
    }
}

diesel::table! {
    planning_settings (municipality_id) {
        municipality_id -> Text,
        coverage_rates -> Text,
        weighting -> Text,
        primary_school_years -> Integer,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    staffing_keys (scope, category) {
        scope -> Text,
        category -> Text,
        children_per_fte_centi -> Integer,
        reference_hours -> Integer,
        weight_centi -> Integer,
        source -> Text,
    }
}

diesel::table! {
    facility_fte (id) {
        id -> Text,
        facility_id -> Text,
        valid_from -> Date,
        fte_centi -> Integer,
        recorded_at -> Timestamp,
        recorded_by -> Nullable<Text>,
    }
}

diesel::table! {
    api_tokens (id) {
        id -> Text,
        municipality_id -> Text,
        name -> Text,
        token_hash -> Text,
        role -> Text,
        can_write -> Bool,
        created_at -> Timestamp,
        created_by -> Nullable<Text>,
        last_used_at -> Nullable<Timestamp>,
        revoked_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    fee_schedules (id) {
        id -> Text,
        municipality_id -> Text,
        version -> Integer,
        valid_from -> Date,
        income_limits -> Text,
        sibling_discounts -> Text,
        free_hours -> Integer,
        free_years_before_school -> Integer,
        meal_money_cents -> BigInt,
        cap_cents -> Nullable<BigInt>,
        proration -> Text,
        created_at -> Timestamp,
        created_by -> Nullable<Text>,
    }
}

diesel::table! {
    fee_rates (schedule_id, category, max_hours, band) {
        schedule_id -> Text,
        category -> Text,
        max_hours -> Integer,
        band -> Integer,
        monthly_cents -> BigInt,
    }
}

diesel::table! {
    income_declarations (id) {
        id -> Text,
        municipality_id -> Text,
        household_id -> Text,
        annual_income_cents -> Nullable<BigInt>,
        valid_from -> Date,
        declared_at -> Timestamp,
        declared_by -> Nullable<Text>,
        verified_at -> Nullable<Timestamp>,
        verified_by -> Nullable<Text>,
    }
}

diesel::table! {
    fee_assessments (id) {
        id -> Text,
        municipality_id -> Text,
        contract_id -> Text,
        household_id -> Text,
        month -> Date,
        kind -> Text,
        care_cents -> BigInt,
        meal_cents -> BigInt,
        total_cents -> BigInt,
        schedule_version -> Nullable<Integer>,
        detail -> Text,
        created_at -> Timestamp,
        created_by -> Nullable<Text>,
        debit_id -> Nullable<Text>,
        notice_id -> Nullable<Text>,
    }
}

diesel::table! {
    retention_settings (municipality_id) {
        municipality_id -> Text,
        audit_log_days -> Integer,
        register_log_days -> Integer,
        updated_at -> Timestamp,
        unsuccessful_days -> Integer,
        withdrawn_days -> Integer,
        contract_days -> Integer,
    }
}

diesel::table! {
    retention_runs (day) {
        day -> Date,
        started_at -> Timestamp,
        finished_at -> Nullable<Timestamp>,
        deleted -> Nullable<Text>,
    }
}

diesel::table! {
    fee_notices (id) {
        id -> Text,
        municipality_id -> Text,
        household_id -> Text,
        template_version -> Integer,
        recipient -> Text,
        subject -> Text,
        body -> Text,
        total_cents -> BigInt,
        pdf -> Nullable<Binary>,
        created_at -> Timestamp,
    }
}

diesel::table! {
    sepa_creditors (municipality_id) {
        municipality_id -> Text,
        name -> Text,
        iban -> Text,
        bic -> Nullable<Text>,
        creditor_id -> Text,
        pre_notice_days -> Integer,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    sepa_mandates (id) {
        id -> Text,
        municipality_id -> Text,
        household_id -> Text,
        reference -> Text,
        signed_on -> Date,
        debtor_name -> Text,
        iban -> Text,
        bic -> Nullable<Text>,
        last_collected_on -> Nullable<Date>,
        revoked_at -> Nullable<Timestamp>,
        created_at -> Timestamp,
        created_by -> Nullable<Text>,
    }
}

diesel::table! {
    sepa_collections (id) {
        id -> Text,
        municipality_id -> Text,
        collection_date -> Date,
        message_id -> Text,
        debits -> Integer,
        total_cents -> BigInt,
        created_at -> Timestamp,
        created_by -> Nullable<Text>,
    }
}

diesel::table! {
    sepa_debits (id) {
        id -> Text,
        collection_id -> Text,
        municipality_id -> Text,
        mandate_id -> Text,
        household_id -> Text,
        end_to_end_id -> Text,
        sequence -> Text,
        amount_cents -> BigInt,
        returned_at -> Nullable<Timestamp>,
        return_reason -> Nullable<Text>,
    }
}

diesel::joinable!(fee_rates -> fee_schedules (schedule_id));
diesel::joinable!(sepa_debits -> sepa_mandates (mandate_id));
diesel::joinable!(sepa_debits -> sepa_collections (collection_id));
diesel::joinable!(fee_assessments -> contracts (contract_id));
diesel::joinable!(contracts -> facilities (facility_id));
diesel::joinable!(contracts -> children (child_id));
diesel::joinable!(contract_hours -> contracts (contract_id));
diesel::joinable!(contract_end_dates -> contracts (contract_id));
diesel::joinable!(planning_area_facilities -> planning_areas (area_id));
diesel::joinable!(planning_area_facilities -> facilities (facility_id));
diesel::joinable!(facility_fte -> facilities (facility_id));
diesel::joinable!(allocation_runs -> allocation_rounds (round_id));
diesel::joinable!(offers -> applications (application_id));
diesel::joinable!(offers -> facilities (facility_id));
diesel::joinable!(place_seats -> offers (offer_id));
diesel::joinable!(application_wishes -> applications (application_id));
diesel::joinable!(register_checks -> applications (application_id));
diesel::joinable!(cross_duplicates -> applications (application_id));
diesel::joinable!(application_fingerprints -> applications (application_id));
diesel::joinable!(application_answers -> applications (application_id));
diesel::joinable!(application_events -> applications (application_id));
diesel::joinable!(applications -> children (child_id));
diesel::joinable!(guardians -> households (household_id));
diesel::joinable!(children -> households (household_id));
diesel::joinable!(facilities -> providers (provider_id));
diesel::joinable!(licences -> facilities (facility_id));
diesel::joinable!(municipalities -> districts (district_id));
diesel::joinable!(municipality_settings -> municipalities (municipality_id));
diesel::joinable!(memberships -> users (user_id));
diesel::joinable!(recovery_codes -> users (user_id));
diesel::joinable!(user_tokens -> users (user_id));
diesel::joinable!(sessions -> users (user_id));

diesel::allow_tables_to_appear_in_same_query!(
    retention_settings,
    retention_runs,
    recovery_codes,
    fee_notices,
    sepa_creditors,
    sepa_mandates,
    sepa_collections,
    sepa_debits,
    fee_schedules,
    fee_rates,
    income_declarations,
    fee_assessments,
    text_overrides,
    api_tokens,
    contracts,
    contract_hours,
    contract_end_dates,
    contract_imports,
    planning_areas,
    planning_area_facilities,
    birth_cohorts,
    planning_settings,
    staffing_keys,
    facility_fte,
    allocation_settings,
    allocation_rounds,
    allocation_runs,
    allocation_adjustments,
    allocation_confirmations,
    jobs,
    letter_templates,
    letters,
    offers,
    place_seats,
    register_settings,
    register_checks,
    register_lookups,
    duplicate_pairs,
    application_fingerprints,
    cross_duplicates,
    districts,
    municipalities,
    municipality_settings,
    users,
    memberships,
    user_tokens,
    sessions,
    audit_log,
    outbox,
    providers,
    facilities,
    licences,
    households,
    guardians,
    children,
    priority_criteria,
    consent_texts,
    registration_deadlines,
    applications,
    application_wishes,
    application_answers,
    application_events,
    claim_codes,
);

diesel::allow_columns_to_appear_in_same_group_by_clause!(
    offers::municipality_id,
    application_wishes::rank,
);
diesel::allow_columns_to_appear_in_same_group_by_clause!(
    offers::facility_id,
    application_wishes::rank,
);
diesel::allow_columns_to_appear_in_same_group_by_clause!(
    applications::municipality_id,
    children::city,
);
diesel::allow_columns_to_appear_in_same_group_by_clause!(
    application_wishes::facility_id,
    applications::category,
);
