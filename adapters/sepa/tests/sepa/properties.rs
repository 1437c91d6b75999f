use kitaplatz_sepa::{pain008, Debit, Sequence};
use proptest::prelude::*;
use rust_decimal::Decimal;

use crate::common::*;

const IBANS: [&str; 5] = [
    "DE89370400440532013000",
    "DE44 5001 0517 5407 3249 31",
    "AT61 1904 3002 3457 3201",
    "FR14 2004 1010 0505 0001 3M02 606",
    "NL91ABNA0417164300",
];

fn name() -> impl Strategy<Value = String> {
    "[A-Za-zäöüÄÖÜßéç][A-Za-zäöüÄÖÜßéç' -]{0,80}"
}

fn debit_strategy() -> impl Strategy<Value = (i64, String, bool, usize, Option<&'static str>)> {
    (
        1i64..=999_999,
        name(),
        any::<bool>(),
        0..IBANS.len(),
        prop_oneof![
            Just(None),
            Just(Some("COBADEFF370")),
            Just(Some("MARKDEF1100"))
        ],
    )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    /// Any valid collection of 1–20 debits gives a document whose control sums are the sums
    /// of its amounts, in the group header and per sequence.
    #[test]
    fn control_sums_are_the_sums_of_the_amounts(
        parts in prop::collection::vec(debit_strategy(), 1..=20),
        creditor_name in name(),
    ) {
        let debits: Vec<Debit> = parts
            .iter()
            .enumerate()
            .map(|(i, (cents, name, first, iban, bic))| Debit {
                amount: Decimal::new(*cents, 2),
                debtor_name: name.clone(),
                debtor_iban: IBANS[*iban].into(),
                debtor_bic: bic.map(Into::into),
                remittance: format!("Elternbeitrag für {name}"),
                ..debit(&format!("E2E-{i}"), "1", if *first { Sequence::First } else { Sequence::Recurring })
            })
            .collect();
        let mut c = collection(debits.clone());
        c.creditor.name = creditor_name;
        let xml = pain008(&c).unwrap();

        let total: Decimal = debits.iter().map(|d| d.amount).sum();
        prop_assert_eq!(dec(&text(&xml, "GrpHdr/CtrlSum")), total);
        prop_assert_eq!(text(&xml, "GrpHdr/NbOfTxs"), debits.len().to_string());
        prop_assert!(text(&xml, "GrpHdr/CtrlSum").split('.').nth(1).is_some_and(|d| d.len() == 2));

        let written: Vec<Decimal> = texts(&xml, "DrctDbtTxInf/InstdAmt").iter().map(|a| dec(a)).collect();
        prop_assert_eq!(written.iter().copied().sum::<Decimal>(), total);
        let per_block: Decimal = texts(&xml, "PmtInf/CtrlSum").iter().map(|a| dec(a)).sum();
        prop_assert_eq!(per_block, total);
        let counts: usize = texts(&xml, "PmtInf/NbOfTxs").iter().map(|n| n.parse::<usize>().unwrap()).sum();
        prop_assert_eq!(counts, debits.len());

        for sequence in [Sequence::First, Sequence::Recurring] {
            let subset: Vec<&Debit> = debits.iter().filter(|d| d.sequence == sequence).collect();
            prop_assert_eq!(texts(&xml, "PmtTpInf/SeqTp").contains(&sequence.code().to_owned()), !subset.is_empty());
        }
        for n in texts(&xml, "Nm") {
            prop_assert!(!n.is_empty() && n.len() <= 70 && n.is_ascii(), "{}", n);
        }
    }
}
