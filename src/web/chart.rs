//! Pictures for pages: small SVG charts drawn on the server (no script). Every chart has an
//! accessible name; the page shows the same numbers as a table next to it.

/// A horizontal bar chart as SVG, labelled for screen readers (the page also shows the
/// numbers as a table).
pub fn bar_chart(title: &str, bars: &[(String, usize)]) -> String {
    fn esc(s: &str) -> String {
        s.replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
            .replace('"', "&quot;")
    }
    let max = bars.iter().map(|b| b.1).max().unwrap_or(0).max(1);
    let (row, label_w, bar_w) = (28usize, 160usize, 300usize);
    let height = row * bars.len().max(1) + 8;
    let mut svg = format!(
        "<svg class=\"chart\" role=\"img\" aria-label=\"{}\" viewBox=\"0 0 {} {height}\" \
         xmlns=\"http://www.w3.org/2000/svg\">",
        esc(title),
        label_w + bar_w + 60
    );
    for (i, (label, value)) in bars.iter().enumerate() {
        let y = i * row + 4;
        let w = value * bar_w / max;
        svg.push_str(&format!(
            "<text x=\"{x}\" y=\"{ty}\" text-anchor=\"end\">{l}</text>\
             <rect x=\"{label_w}\" y=\"{y}\" width=\"{w}\" height=\"20\" rx=\"2\"></rect>\
             <text x=\"{vx}\" y=\"{ty}\">{value}</text>",
            x = label_w - 8,
            ty = y + 15,
            l = esc(label),
            vx = label_w + w + 6,
        ));
    }
    svg.push_str("</svg>");
    svg
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bar_chart_escapes_labels_and_scales_to_the_largest_bar() {
        let svg = bar_chart(
            "Wünsche <1>",
            &[("a & b".to_string(), 2), ("c".to_string(), 4)],
        );
        assert!(svg.starts_with("<svg") && svg.ends_with("</svg>"));
        assert!(svg.contains("aria-label=\"Wünsche &lt;1&gt;\""));
        assert!(svg.contains(">a &amp; b<"));
        assert!(svg.contains("width=\"150\"") && svg.contains("width=\"300\""));
    }
}
