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

/// Escapes text for SVG content and attribute values.
fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// Dash patterns of the series, in order (the first is solid).
const DASHES: [&str; 6] = ["", "8 4", "2 3", "10 3 2 3", "4 4", "12 3 2 3 2 3"];

/// Colours of the series (Okabe–Ito, readable with colour-vision deficiencies); the dash
/// pattern and the marker shape carry the same information.
const COLOURS: [&str; 6] = [
    "#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9",
];

/// A "nice" step (1, 2 or 5 × a power of ten) of at least `raw`.
fn nice_step(raw: f64) -> f64 {
    let magnitude = 10f64.powf(raw.log10().floor());
    [1.0, 2.0, 5.0, 10.0]
        .into_iter()
        .map(|m| m * magnitude)
        .find(|&s| s >= raw * (1.0 - 1e-9))
        .unwrap_or(10.0 * magnitude)
}

/// A value as printed: whole numbers without decimals, others with up to two.
fn number(v: f64, decimals: usize) -> String {
    let v = if v == 0.0 { 0.0 } else { v };
    if decimals == 0 && v.fract() != 0.0 {
        let s = format!("{v:.2}");
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        format!("{v:.decimals$}")
    }
}

/// One marker shape (chosen by `shape`) at (x, y), with a tooltip.
fn marker(svg: &mut String, shape: usize, x: f64, y: f64, colour: &str, tooltip: &str) {
    use std::fmt::Write;
    let tip = if tooltip.is_empty() {
        String::new()
    } else {
        format!("<title>{tooltip}</title>")
    };
    let points = |pts: &[(f64, f64)]| {
        pts.iter()
            .map(|(dx, dy)| format!("{:.1},{:.1}", x + dx, y + dy))
            .collect::<Vec<_>>()
            .join(" ")
    };
    let _ = match shape % 6 {
        0 => write!(
            svg,
            "<circle cx=\"{x:.1}\" cy=\"{y:.1}\" r=\"3.5\" fill=\"{colour}\">{tip}</circle>"
        ),
        1 => write!(
            svg,
            "<rect x=\"{:.1}\" y=\"{:.1}\" width=\"7\" height=\"7\" fill=\"{colour}\">{tip}</rect>",
            x - 3.5,
            y - 3.5
        ),
        2 => write!(
            svg,
            "<polygon points=\"{}\" fill=\"{colour}\">{tip}</polygon>",
            points(&[(0.0, -4.5), (4.5, 3.5), (-4.5, 3.5)])
        ),
        3 => write!(
            svg,
            "<polygon points=\"{}\" fill=\"{colour}\">{tip}</polygon>",
            points(&[(0.0, -5.0), (5.0, 0.0), (0.0, 5.0), (-5.0, 0.0)])
        ),
        4 => write!(
            svg,
            "<polygon points=\"{}\" fill=\"{colour}\">{tip}</polygon>",
            points(&[(0.0, 4.5), (4.5, -3.5), (-4.5, -3.5)])
        ),
        _ => write!(
            svg,
            "<polygon points=\"{}\" fill=\"{colour}\">{tip}</polygon>",
            points(&[
                (-1.5, -5.0),
                (1.5, -5.0),
                (1.5, -1.5),
                (5.0, -1.5),
                (5.0, 1.5),
                (1.5, 1.5),
                (1.5, 5.0),
                (-1.5, 5.0),
                (-1.5, 1.5),
                (-5.0, 1.5),
                (-5.0, -1.5),
                (-1.5, -1.5),
            ])
        ),
    };
}

/// A line chart as SVG (no script), labelled for screen readers (the page also shows the
/// numbers as a table): the y axis runs from 0 (or the smallest value, if negative) to the
/// largest value, with labelled horizontal grid lines; x labels are all shown up to 12,
/// else every third. Each series has its own dash pattern and marker shape (not only its own
/// colour) and is named in the legend; every point carries its value as a tooltip.
/// Non-finite values leave a gap.
pub fn line_chart(title: &str, labels: &[String], series: &[(String, Vec<f64>)]) -> String {
    use std::fmt::Write;
    let (width, left, right, top, plot_h) = (640.0f64, 56.0f64, 16.0f64, 16.0f64, 220.0f64);
    let plot_w = width - left - right;
    let per_row = 3usize;
    let legend_top = top + plot_h + 44.0;
    let rows = series.len().div_ceil(per_row);
    let height = legend_top + rows as f64 * 22.0 + 6.0;

    let values = || {
        series
            .iter()
            .flat_map(|(_, v)| v)
            .copied()
            .filter(|v| v.is_finite())
    };
    let min = values().fold(0.0f64, f64::min);
    let mut max = values().fold(min, f64::max);
    if max - min < 1e-12 {
        max = min + 1.0;
    }
    let step = nice_step((max - min) / 5.0);
    let lo = (min / step).floor() * step;
    let hi = (max / step - 1e-9).ceil() * step;
    let decimals = if step >= 1.0 {
        0
    } else {
        (-step.log10()).ceil().clamp(0.0, 6.0) as usize
    };
    let y_of = |v: f64| top + plot_h - (v - lo) / (hi - lo) * plot_h;
    let count = labels
        .len()
        .max(series.iter().map(|(_, v)| v.len()).max().unwrap_or(0));
    let x_of = |i: usize| {
        if count <= 1 {
            left + plot_w / 2.0
        } else {
            left + i as f64 * plot_w / (count - 1) as f64
        }
    };

    let mut svg = String::with_capacity(4096);
    let _ = write!(
        svg,
        "<svg class=\"chart line-chart\" role=\"img\" aria-label=\"{}\" viewBox=\"0 0 {width} {height}\" \
         font-size=\"12\" xmlns=\"http://www.w3.org/2000/svg\">",
        escape(title)
    );
    // Grid lines with their values.
    let ticks = ((hi - lo) / step).round() as usize;
    for k in 0..=ticks {
        let v = lo + k as f64 * step;
        let y = y_of(v);
        let stroke = if v.abs() < step * 1e-9 {
            "#666"
        } else {
            "#ddd"
        };
        let _ = write!(
            svg,
            "<line class=\"grid\" x1=\"{left}\" x2=\"{:.1}\" y1=\"{y:.1}\" y2=\"{y:.1}\" stroke=\"{stroke}\"></line>\
             <text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"end\">{}</text>",
            left + plot_w,
            left - 6.0,
            y + 4.0,
            number(v, decimals)
        );
    }
    let _ = write!(
        svg,
        "<line x1=\"{left}\" x2=\"{left}\" y1=\"{top}\" y2=\"{:.1}\" stroke=\"#666\"></line>",
        top + plot_h
    );
    // X labels.
    let every = if labels.len() <= 12 { 1 } else { 3 };
    for (i, label) in labels.iter().enumerate().filter(|(i, _)| i % every == 0) {
        let _ = write!(
            svg,
            "<text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"middle\">{}</text>",
            x_of(i),
            top + plot_h + 18.0,
            escape(label)
        );
    }
    // Series: one path each, then its markers.
    for (k, (name, vals)) in series.iter().enumerate() {
        let colour = COLOURS[k % COLOURS.len()];
        let dash = DASHES[k % DASHES.len()];
        let shape = (k + k / DASHES.len()) % 6;
        let name = escape(name);
        let mut d = String::new();
        let mut pen_down = false;
        for (i, &v) in vals.iter().enumerate() {
            if !v.is_finite() {
                pen_down = false;
                continue;
            }
            let _ = write!(
                d,
                "{}{:.1},{:.1}",
                if pen_down { " L" } else { " M" },
                x_of(i),
                y_of(v)
            );
            pen_down = true;
        }
        let dash_attr = if dash.is_empty() {
            String::new()
        } else {
            format!(" stroke-dasharray=\"{dash}\"")
        };
        let _ = write!(
            svg,
            "<g class=\"series series-{k}\"><path d=\"{}\" fill=\"none\" stroke=\"{colour}\" stroke-width=\"2\"{dash_attr}></path>",
            d.trim_start()
        );
        for (i, &v) in vals.iter().enumerate().filter(|(_, v)| v.is_finite()) {
            let label = labels.get(i).map_or(String::new(), |l| escape(l));
            let tooltip = format!("{name} – {label}: {}", number(v, 0));
            marker(&mut svg, shape, x_of(i), y_of(v), colour, &tooltip);
        }
        svg.push_str("</g>");
    }
    // Legend.
    for (k, (name, _)) in series.iter().enumerate() {
        let colour = COLOURS[k % COLOURS.len()];
        let dash = DASHES[k % DASHES.len()];
        let shape = (k + k / DASHES.len()) % 6;
        let x = left + (k % per_row) as f64 * (plot_w / per_row as f64);
        let y = legend_top + (k / per_row) as f64 * 22.0;
        let dash_attr = if dash.is_empty() {
            String::new()
        } else {
            format!(" stroke-dasharray=\"{dash}\"")
        };
        let _ = write!(
            svg,
            "<g class=\"legend\"><line x1=\"{x:.1}\" x2=\"{:.1}\" y1=\"{y:.1}\" y2=\"{y:.1}\" stroke=\"{colour}\" stroke-width=\"2\"{dash_attr}></line>",
            x + 32.0
        );
        marker(&mut svg, shape, x + 16.0, y, colour, "");
        let _ = write!(
            svg,
            "<text x=\"{:.1}\" y=\"{:.1}\">{}</text></g>",
            x + 40.0,
            y + 4.0,
            escape(name)
        );
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

    #[test]
    fn line_chart_one_path_per_series_with_a_legend() {
        let labels: Vec<String> = ["Jan", "Feb", "Mär <", "Apr"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        let svg = line_chart(
            "Plätze & Bedarf",
            &labels,
            &[
                ("U3 <Plätze>".to_string(), vec![10.0, 10.0, 12.0, 12.0]),
                ("U3 Bedarf".to_string(), vec![8.0, -3.0, f64::NAN, 15.0]),
                ("Ü3".to_string(), vec![1.5, 2.0, 2.5, 3.0]),
            ],
        );
        assert!(svg.starts_with("<svg") && svg.ends_with("</svg>"));
        assert!(!svg.contains("<script"));
        assert!(svg.contains("role=\"img\""));
        assert!(svg.contains("aria-label=\"Plätze &amp; Bedarf\""));
        assert_eq!(svg.matches("<path").count(), 3);
        // Legend: every name, escaped.
        assert!(svg.contains(">U3 &lt;Plätze&gt;</text>"));
        assert!(svg.contains(">U3 Bedarf</text>") && svg.contains(">Ü3</text>"));
        assert!(svg.contains(">Mär &lt;</text>"));
        assert!(!svg.contains("<Plätze>") && !svg.contains("Mär <"));
        // Distinct dash patterns and marker shapes.
        assert!(
            svg.contains("stroke-dasharray=\"8 4\"") && svg.contains("stroke-dasharray=\"2 3\"")
        );
        assert!(svg.contains("<circle") && svg.contains("<rect") && svg.contains("<polygon"));
        // The NaN breaks the second line into two pieces; the axis reaches below 0.
        assert!(svg.contains(">-4</text>") || svg.contains(">-5</text>"));
        let second = svg.split("<path d=\"").nth(2).unwrap();
        let d = &second[..second.find('"').unwrap()];
        assert_eq!(d.matches('M').count(), 2, "{d}");
        // Grid values: 0 and the top.
        assert!(svg.contains(">0</text>") && svg.contains(">15</text>"));
    }

    #[test]
    fn line_chart_thins_out_many_labels_and_survives_empty_input() {
        let labels: Vec<String> = (1..=24).map(|m| format!("M{m}")).collect();
        let svg = line_chart("x", &labels, &[("a".to_string(), vec![0.0; 24])]);
        assert!(svg.contains(">M1</text>") && svg.contains(">M4</text>"));
        assert!(!svg.contains(">M2</text>") && !svg.contains(">M3</text>"));
        let empty = line_chart("leer", &[], &[]);
        assert!(empty.starts_with("<svg") && empty.ends_with("</svg>"));
        assert!(!empty.contains("NaN") && !svg.contains("NaN") && !svg.contains("inf"));
    }
}
