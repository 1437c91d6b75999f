//! The register and duplicate check of an application, as pure rules: what a register answer
//! means for the application, when to try again, and when to stop asking a register that is
//! down (circuit breaker). The worker in `crate::checks` applies them.

use chrono::{Duration, NaiveDateTime};
use serde::Serialize;

use super::application::Status;

/// What the population register said about the child, as stored on the application.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RegisterStatus {
    /// The check is queued or being retried.
    Pending,
    /// Registered in the municipality.
    Resident,
    /// Not registered: the out-of-town process (Fremdgemeindekind) decides.
    NotFound,
    /// Several people match: a person must look.
    Ambiguous,
    /// The municipality has no register configured: nothing was looked up.
    Unchecked,
    /// Out-of-town child admitted by the youth office (e.g. moving in on a planned date).
    OutOfTownApproved,
    /// Out-of-town child not admitted.
    OutOfTownRejected,
}

impl RegisterStatus {
    /// All values.
    pub const ALL: [RegisterStatus; 7] = [
        RegisterStatus::Pending,
        RegisterStatus::Resident,
        RegisterStatus::NotFound,
        RegisterStatus::Ambiguous,
        RegisterStatus::Unchecked,
        RegisterStatus::OutOfTownApproved,
        RegisterStatus::OutOfTownRejected,
    ];

    /// Database code.
    pub fn code(self) -> &'static str {
        match self {
            RegisterStatus::Pending => "pending",
            RegisterStatus::Resident => "resident",
            RegisterStatus::NotFound => "not_found",
            RegisterStatus::Ambiguous => "ambiguous",
            RegisterStatus::Unchecked => "unchecked",
            RegisterStatus::OutOfTownApproved => "out_of_town_approved",
            RegisterStatus::OutOfTownRejected => "out_of_town_rejected",
        }
    }

    /// From the database code.
    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.code() == code)
    }

    /// A person of the youth office must decide before the application can go on.
    pub fn needs_decision(self) -> bool {
        matches!(self, RegisterStatus::NotFound | RegisterStatus::Ambiguous)
    }
}

/// The office's decision on a register finding.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RegisterDecision {
    /// Ambiguous hit checked by hand: the child lives here.
    Resident,
    /// Admit the out-of-town child (e.g. the family is moving in).
    Approve,
    /// Do not admit the out-of-town child; the application is closed.
    Reject,
}

impl RegisterDecision {
    /// From a form value.
    pub fn from_code(code: &str) -> Option<Self> {
        match code {
            "resident" => Some(Self::Resident),
            "approve" => Some(Self::Approve),
            "reject" => Some(Self::Reject),
            _ => None,
        }
    }

    /// Whether the decision is allowed for the current register status.
    pub fn allowed_from(self, current: RegisterStatus) -> bool {
        match self {
            RegisterDecision::Resident => current == RegisterStatus::Ambiguous,
            RegisterDecision::Approve | RegisterDecision::Reject => current.needs_decision(),
        }
    }

    /// The register status after the decision.
    pub fn result(self) -> RegisterStatus {
        match self {
            RegisterDecision::Resident => RegisterStatus::Resident,
            RegisterDecision::Approve => RegisterStatus::OutOfTownApproved,
            RegisterDecision::Reject => RegisterStatus::OutOfTownRejected,
        }
    }
}

/// Where an application goes once its check has run (again, after the parents changed the
/// child's data), or after an office decision. Only before the allocation.
/// `None`: leave the status as it is (it moved on, e.g. withdrawn, or nothing changes).
pub fn next_status(
    current: Status,
    register: RegisterStatus,
    open_duplicates: bool,
) -> Option<Status> {
    if !matches!(
        current,
        Status::Submitted | Status::Checked | Status::NeedsReview
    ) {
        return None;
    }
    let target = match register {
        RegisterStatus::Pending => return None,
        RegisterStatus::OutOfTownRejected => Status::Closed,
        r if r.needs_decision() || open_duplicates => Status::NeedsReview,
        _ => Status::Checked,
    };
    (target != current).then_some(target)
}

/// Delay before the next attempt after `attempts` failed ones: 30 s, 1 min, 2 min, … capped at
/// one hour. A register that is down for a day is asked about 30 times per application.
pub fn backoff(attempts: i32) -> Duration {
    let exp = attempts.clamp(1, 8) - 1;
    let seconds = 30i64 << exp;
    Duration::seconds(seconds.min(3600))
}

/// A circuit breaker per register endpoint: after [`Breaker::THRESHOLD`] failures in a row the
/// register is not asked again until a cool-down has passed; then one request probes it. The
/// cool-down doubles with every failed probe, up to 10 minutes.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Breaker {
    failures: u32,
    open_until: Option<NaiveDateTime>,
    cooldown_s: i64,
}

impl Breaker {
    /// Consecutive failures that open the circuit.
    pub const THRESHOLD: u32 = 3;
    const FIRST_COOLDOWN_S: i64 = 30;
    const MAX_COOLDOWN_S: i64 = 600;

    /// `Some(until)` while requests must not be sent.
    pub fn blocked_until(&self, now: NaiveDateTime) -> Option<NaiveDateTime> {
        self.open_until.filter(|until| *until > now)
    }

    /// Records a successful answer (found, not found or ambiguous).
    pub fn success(&mut self) {
        *self = Breaker::default();
    }

    /// Records an unavailable register.
    pub fn failure(&mut self, now: NaiveDateTime) {
        self.failures += 1;
        if self.failures >= Self::THRESHOLD {
            self.cooldown_s = if self.cooldown_s == 0 {
                Self::FIRST_COOLDOWN_S
            } else {
                (self.cooldown_s * 2).min(Self::MAX_COOLDOWN_S)
            };
            self.open_until = Some(now + Duration::seconds(self.cooldown_s));
        }
    }

    /// Whether the circuit is open (at or after the threshold).
    pub fn is_open(&self, now: NaiveDateTime) -> bool {
        self.blocked_until(now).is_some()
    }
}

/// Register settings as entered by the municipality admin, checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidSettings {
    /// `meso` or `ok_ewo`.
    pub kind: String,
    /// http(s) URL.
    pub endpoint: String,
    /// User name, if any.
    pub username: Option<String>,
    /// Timeout in milliseconds.
    pub timeout_ms: i32,
}

/// Checks the admin's register settings; errors are (field, message key).
pub fn validate_settings(
    kind: &str,
    endpoint: &str,
    username: &str,
    timeout_seconds: &str,
) -> Result<ValidSettings, Vec<(&'static str, &'static str)>> {
    let mut errors = Vec::new();
    if !matches!(kind, "meso" | "ok_ewo") {
        errors.push(("kind", "err-register-kind"));
    }
    let endpoint = endpoint.trim();
    // Credentials travel only over TLS; plain http only to this machine (the demo simulator).
    let url_ok = url::Url::parse(endpoint)
        .map(|u| match u.scheme() {
            "https" => u.host().is_some(),
            "http" => matches!(u.host_str(), Some("127.0.0.1" | "localhost" | "[::1]")),
            _ => false,
        })
        .unwrap_or(false);
    if !url_ok || endpoint.len() > 500 {
        errors.push(("endpoint", "err-register-endpoint"));
    }
    let username = username.trim();
    if username.len() > 200 || username.chars().any(char::is_control) {
        errors.push(("username", "err-register-username"));
    }
    let timeout = timeout_seconds
        .trim()
        .parse::<i32>()
        .ok()
        .filter(|t| (1..=120).contains(t));
    if timeout.is_none() {
        errors.push(("timeout", "err-register-timeout"));
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(ValidSettings {
        kind: kind.to_string(),
        endpoint: endpoint.to_string(),
        username: (!username.is_empty()).then(|| username.to_string()),
        timeout_ms: timeout.unwrap_or(10) * 1000,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn at(s: i64) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(2026, 11, 23)
            .unwrap()
            .and_hms_opt(9, 0, 0)
            .unwrap()
            + Duration::seconds(s)
    }

    #[test]
    fn register_answers_drive_the_status() {
        use RegisterStatus as R;
        use Status as S;
        assert_eq!(
            next_status(S::Submitted, R::Resident, false),
            Some(S::Checked)
        );
        assert_eq!(
            next_status(S::Submitted, R::Unchecked, false),
            Some(S::Checked)
        );
        assert_eq!(
            next_status(S::Submitted, R::Resident, true),
            Some(S::NeedsReview)
        );
        assert_eq!(
            next_status(S::Submitted, R::NotFound, false),
            Some(S::NeedsReview)
        );
        assert_eq!(
            next_status(S::Submitted, R::Ambiguous, false),
            Some(S::NeedsReview)
        );
        assert_eq!(next_status(S::Submitted, R::Pending, false), None);
        assert_eq!(
            next_status(S::NeedsReview, R::OutOfTownApproved, false),
            Some(S::Checked)
        );
        assert_eq!(
            next_status(S::NeedsReview, R::OutOfTownRejected, false),
            Some(S::Closed)
        );
        assert_eq!(next_status(S::NeedsReview, R::NotFound, false), None);
        // A withdrawn application stays withdrawn whatever the register says.
        assert_eq!(next_status(S::Withdrawn, R::Resident, false), None);
        // A checked application goes back to review when a new finding appears …
        assert_eq!(
            next_status(S::Checked, R::Resident, true),
            Some(S::NeedsReview)
        );
        assert_eq!(
            next_status(S::Checked, R::NotFound, false),
            Some(S::NeedsReview)
        );
        assert_eq!(next_status(S::Checked, R::Resident, false), None);
        // … but not once it is in the allocation.
        assert_eq!(next_status(S::InAllocation, R::NotFound, true), None);
    }

    #[test]
    fn decisions_fit_the_finding() {
        use RegisterDecision as D;
        use RegisterStatus as R;
        assert!(D::Approve.allowed_from(R::NotFound));
        assert!(D::Reject.allowed_from(R::Ambiguous));
        assert!(D::Resident.allowed_from(R::Ambiguous));
        assert!(!D::Resident.allowed_from(R::NotFound));
        assert!(!D::Approve.allowed_from(R::Resident));
        assert!(!D::Reject.allowed_from(R::Pending));
        for s in RegisterStatus::ALL {
            assert_eq!(RegisterStatus::from_code(s.code()), Some(s));
        }
    }

    #[test]
    fn settings_are_validated() {
        let ok = validate_settings("meso", " https://ewo.example.org/meso ", "kp", "10").unwrap();
        assert_eq!(ok.endpoint, "https://ewo.example.org/meso");
        assert_eq!(ok.timeout_ms, 10_000);
        assert_eq!(ok.username.as_deref(), Some("kp"));
        assert_eq!(
            validate_settings("ok_ewo", "http://127.0.0.1:8090/x", "", "1")
                .unwrap()
                .username,
            None
        );
        fn fields(
            r: Result<ValidSettings, Vec<(&'static str, &'static str)>>,
        ) -> Vec<&'static str> {
            r.unwrap_err().into_iter().map(|e| e.0).collect()
        }
        assert_eq!(
            fields(validate_settings("ldap", "https://x.de", "", "10")),
            ["kind"]
        );
        assert_eq!(
            fields(validate_settings("meso", "ftp://x.de", "", "10")),
            ["endpoint"]
        );
        assert_eq!(
            fields(validate_settings("meso", "kein url", "", "10")),
            ["endpoint"]
        );
        assert_eq!(
            fields(validate_settings("meso", "https://x.de", "a\nb", "0")),
            ["username", "timeout"]
        );
        assert_eq!(
            fields(validate_settings("meso", "https://x.de", "", "121")),
            ["timeout"]
        );
    }

    #[test]
    fn backoff_grows_and_is_capped() {
        assert_eq!(backoff(1), Duration::seconds(30));
        assert_eq!(backoff(2), Duration::seconds(60));
        assert_eq!(backoff(3), Duration::seconds(120));
        assert_eq!(backoff(8), Duration::seconds(3600));
        assert_eq!(backoff(100), Duration::seconds(3600));
        assert_eq!(backoff(0), Duration::seconds(30));
    }

    #[test]
    fn breaker_opens_after_three_failures_and_probes_after_cooldown() {
        let mut b = Breaker::default();
        b.failure(at(0));
        b.failure(at(1));
        assert!(!b.is_open(at(2)));
        b.failure(at(2));
        assert_eq!(b.blocked_until(at(3)), Some(at(32)));
        assert!(!b.is_open(at(32)), "half-open after the cool-down");
        b.failure(at(33));
        assert_eq!(b.blocked_until(at(33)), Some(at(93)), "cool-down doubled");
        b.success();
        assert!(!b.is_open(at(34)));
        assert_eq!(b, Breaker::default());
    }

    #[test]
    fn breaker_cooldown_is_capped() {
        let mut b = Breaker::default();
        for i in 0..40 {
            b.failure(at(i * 1000));
        }
        assert_eq!(b.blocked_until(at(39_000)), Some(at(39_600)));
    }
}
