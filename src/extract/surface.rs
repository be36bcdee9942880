//! Surface clean-up of headline text, apart from the choice of words in `super::headline`:
//! tokenised-corpus artefacts joined back ("BP 's" → "BP's", "$ 2.6 bn" → "$2.6bn", "be ' a
//! trickle '" → "be 'a trickle'", "Mirror . co. uk" → "Mirror.co.uk"), and the scraped
//! furniture that can stand before a sentence dropped: page stamps, datelines, an outlet's
//! web address, an ALL-CAPS subheading, the amount that ends a fact box's previous line.
//! Quotes (the mention's sentence) keep the original text; only titles are cleaned.

use super::lexicon::{
    AMOUNT_UNITS, AMOUNT_WORDS, ASIDE_BREAKERS, DETERMINERS, GLUED_SENTENCE_OPENERS,
    HEADING_FUNCTION_WORDS, HONORIFICS, LINK_AGE_UNITS, PAGE_CHROME, PAGE_STAMP_OPENERS,
    STAMP_ZONES, STOPWORDS, WEB_DOMAIN_PARTS,
};

/// Possessives and contractions that tokenised text writes as words of their own.
const CLITICS: &[&str] = &[
    "'s", "’s", "'", "’", "'re", "’re", "'ve", "’ve", "'ll", "’ll", "'d", "’d", "'m", "’m", "n't",
    "n’t",
];

/// Whether `w` is a single quote written as a token of its own.
fn is_single_quote(w: &str) -> bool {
    matches!(w, "'" | "’" | "‘" | "`")
}

/// For each token, whether it is a standalone single quote that opens (`Some(true)`) or
/// closes (`Some(false)`) a quoted span: an opening quote does not follow a word in "s" (that
/// is a plural possessive, "victims ' fund") and has a standalone quote after it to close it.
fn quote_roles(tokens: &[&str]) -> Vec<Option<bool>> {
    let mut roles = vec![None; tokens.len()];
    let mut open: Option<usize> = None;
    for (i, w) in tokens.iter().enumerate() {
        if !is_single_quote(w) {
            continue;
        }
        if let Some(o) = open {
            roles[o] = Some(true);
            roles[i] = Some(false);
            open = None;
            continue;
        }
        let after_plural = i > 0 && tokens[i - 1].ends_with(['s', 'S']) && *w != "‘" && *w != "`";
        if !after_plural {
            open = Some(i);
        }
    }
    roles
}

/// For each token, whether it ("'a", "'Tiny'") or one after it ends in a single quote that
/// closes a quoted span. One pass from the end: asking token by token rescanned the rest of
/// the title each time (quadratic, and a visible share of extraction on large corpora).
fn closed_later(tokens: &[&str]) -> Vec<bool> {
    let closes = |t: &str| t.chars().nth(1).is_some() && t.ends_with(['\'', '’']);
    let mut out = vec![false; tokens.len()];
    let mut after = false;
    for i in (0..tokens.len()).rev() {
        out[i] = tokens[i].chars().nth(2).is_some() && closes(tokens[i]) || after;
        after |= closes(tokens[i]);
    }
    out
}

/// Whether `w` is one part of a web address split by a tokeniser ("co.", "uk", "com").
fn is_domain_part(w: &str) -> bool {
    WEB_DOMAIN_PARTS.contains(&w.trim_end_matches('.'))
}

/// Joins tokenised text back into prose: bracket and quote tokens, split possessives and
/// contractions, amounts ("$ 2.6 bn", "# 12.5 bn" with "#" for "£"), single-quoted spans
/// and web addresses; honorifics go. Applying it twice gives the same text.
pub(super) fn tidy(s: &str) -> String {
    let tokens: Vec<&str> = s.split_whitespace().collect();
    let roles = quote_roles(&tokens);
    let closed = closed_later(&tokens);
    let mut out = String::with_capacity(s.len());
    // The next token joins the previous one without a space.
    let mut glue = false;
    for (i, &w) in tokens.iter().enumerate() {
        let next = tokens.get(i + 1).copied().unwrap_or("");
        // Tokenised corpora write brackets and quotes as tokens (-LRB-, ``, '').
        let w = match w {
            "-LRB-" | "-LSB-" => "(",
            "-RRB-" | "-RSB-" => ")",
            "``" | "''" => continue,
            other => other,
        };
        match roles[i] {
            Some(true) => {
                if !out.is_empty() && !out.ends_with('(') {
                    out.push(' ');
                }
                out.push('\'');
                glue = true;
                continue;
            }
            Some(false) => {
                out.push('\'');
                glue = false;
                continue;
            }
            None => {}
        }
        let starts_digit = next.starts_with(|c: char| c.is_ascii_digit());
        // A currency symbol written apart from its figure ("$ 2.6", "# 12.5" for £).
        if matches!(w, "$" | "#" | "£" | "€") && starts_digit {
            if !out.is_empty() && !out.ends_with('(') {
                out.push(' ');
            }
            out.push_str(if w == "#" { "£" } else { w });
            glue = true;
            continue;
        }
        // A unit written apart from its figure ("2.6 bn", "3.4 %").
        if AMOUNT_UNITS.contains(&w) && out.ends_with(|c: char| c.is_ascii_digit()) {
            out.push_str(w);
            glue = false;
            continue;
        }
        // A web address split at its dots ("Mirror . co. uk").
        if w == "." && is_domain_part(next) && out.ends_with(|c: char| c.is_alphanumeric()) {
            out.push('.');
            glue = true;
            continue;
        }
        if glue && is_domain_part(w) && w.ends_with('.') && is_domain_part(next) {
            out.push_str(w);
            continue;
        }
        let bare = w.trim_matches(|c: char| matches!(c, '"' | '“' | '”' | '‘' | '«' | '»'));
        // A split possessive or contraction ("BP 's", "we 're", "do n't") joins its word.
        if CLITICS.contains(&bare) && !out.is_empty() {
            out.push_str(bare);
            glue = false;
            continue;
        }
        // A stray opening quote goes; one with its closing quote later stays ("'a trickle'").
        let bare = if closed[i] {
            bare
        } else {
            bare.trim_start_matches(['\'', '’'])
        };
        if bare.is_empty() || HONORIFICS.contains(&bare) {
            continue;
        }
        if bare == "," && out.ends_with(',') {
            continue;
        }
        if !glue && !out.is_empty() && !out.ends_with('(') && bare != ")" {
            out.push(' ');
        }
        glue = false;
        out.push_str(bare);
    }
    out = out
        .replace(" ,", ",")
        .replace(",,", ",")
        .replace(" .", ".")
        .replace(" :", ":");
    out.trim_matches(|c: char| {
        c.is_whitespace() || matches!(c, ',' | ';' | ':' | '.' | '-' | '–' | '—')
    })
    .to_string()
}

/// Drops a scraped page stamp at the start of a headline: "6 January 2011 Last updated at
/// 12:45 GMT Help Shares in BP opened higher" → "Shares in BP opened higher". The stamp is
/// recognised only in the first words, so a sentence about an update is left alone.
pub(super) fn drop_page_stamp(s: &str) -> &str {
    let lower = s.to_ascii_lowercase();
    for opener in PAGE_STAMP_OPENERS {
        let Some(pos) = lower.find(opener) else {
            continue;
        };
        // Only a page's own date may stand before its stamp ("13 July 2010 Last updated").
        let prefix = &s[..pos];
        if prefix.split_whitespace().count() > 4
            || !prefix.trim().is_empty() && !prefix.chars().any(|c| c.is_ascii_digit())
        {
            continue;
        }
        let mut rest = &s[pos + opener.len()..];
        // The time, its zone and navigation words scraped with it.
        loop {
            let trimmed = rest.trim_start();
            let word = trimmed.split_whitespace().next().unwrap_or("");
            let lw = word.to_ascii_lowercase();
            let stamp_word = word.chars().any(|c| c.is_ascii_digit())
                || matches!(lw.as_str(), "am" | "pm" | "a.m." | "p.m." | "at" | "on")
                || STAMP_ZONES.contains(&lw.as_str())
                || PAGE_CHROME.contains(&lw.as_str());
            if word.is_empty() || !stamp_word {
                return trimmed;
            }
            rest = &trimmed[word.len()..];
        }
    }
    s
}

/// Drops a dateline such as "MOSCOW –" or "Moscow:" at the start of a lead sentence.
pub(super) fn drop_dateline(s: &str) -> &str {
    for sep in [": ", " – ", " — ", " - "] {
        if let Some(pos) = s.find(sep) {
            let head = &s[..pos];
            let words = head.split_whitespace().count();
            if (1..=3).contains(&words)
                && head
                    .split_whitespace()
                    .all(|w| w.chars().next().is_some_and(char::is_uppercase))
            {
                return &s[pos + sep.len()..];
            }
        }
    }
    s
}

/// Drops an outlet's web address before a headline, as link lists print it ("Mirror.co.uk BP
/// claims oil leak will be 'a trickle'" → "BP claims oil leak…"): a first word with a dot
/// and a web domain part after it, followed by a capitalised word.
pub(super) fn drop_outlet_address(s: &str) -> &str {
    let first = s.split_whitespace().next().unwrap_or("");
    let rest = s[first.len()..].trim_start();
    let address = first
        .split('.')
        .skip(1)
        .any(|part| !part.is_empty() && is_domain_part(part));
    if address
        && rest.starts_with(|c: char| c.is_uppercase())
        && rest.split_whitespace().count() >= 3
    {
        rest
    } else {
        s
    }
}

/// Whether `w` is written in capitals throughout, with two letters at least ("CAP", "OIL").
fn is_all_caps(w: &str) -> bool {
    let letters = w.chars().filter(|c| c.is_alphabetic()).count();
    letters >= 2 && w.chars().all(|c| !c.is_lowercase())
}

/// Drops an ALL-CAPS subheading glued to the sentence after it ("NEW CAP FOR LEAKING OIL
/// WELL When engineers removed the cap" → "When engineers removed the cap"): three capital
/// words at least, with a function word or a word of five letters among them, or four words, before a capitalised
/// word. Acronyms before a name ("BP CEO Tony Hayward") are too short to be a heading; a
/// last capital word before a lower-case one is the sentence's subject and stays.
pub(super) fn drop_caps_heading(s: &str) -> &str {
    let words: Vec<&str> = s.split_whitespace().collect();
    let mut run = words.iter().take_while(|w| is_all_caps(w)).count();
    if words
        .get(run)
        .is_some_and(|w| w.starts_with(|c: char| c.is_lowercase()))
    {
        run = run.saturating_sub(1);
    }
    let function_word = words[..run]
        .iter()
        .any(|w| HEADING_FUNCTION_WORDS.contains(w));
    let long_word = words[..run]
        .iter()
        .any(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 5);
    let heading = run >= 3 && (function_word || long_word || run >= 4);
    if !heading || words.len() - run < 3 {
        return s;
    }
    let mut rest = s.trim_start();
    for w in &words[..run] {
        rest = rest[w.len()..].trim_start();
    }
    rest
}

/// Whether `w` is an amount of money ("$360m", "£7bn", "$2.6bn").
fn is_amount(w: &str) -> bool {
    let Some(figure) = w.strip_prefix(['$', '£', '€']) else {
        return false;
    };
    let digits = figure.trim_end_matches(|c: char| c.is_alphabetic());
    !digits.is_empty()
        && digits.starts_with(|c: char| c.is_ascii_digit())
        && digits
            .chars()
            .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
}

/// Drops an amount that ends a fact box's previous line ("Estimated cost of sand barriers:
/// $360m BP scheduled to make a payment" → "BP scheduled to make a payment"): an amount,
/// perhaps with a bracketed conversion, before a capitalised word. An amount that is the
/// subject ("$360m was spent") stays.
pub(super) fn drop_leading_amount(s: &str) -> &str {
    let s = s.trim_start();
    let first = s.split_whitespace().next().unwrap_or("");
    if !is_amount(first) {
        return s;
    }
    let mut rest = s[first.len()..].trim_start();
    if rest.starts_with('(')
        && let Some(close) = rest.find(')')
        && is_amount(rest[1..close].trim())
    {
        rest = rest[close + 1..].trim_start();
    }
    let next = rest.split_whitespace().next().unwrap_or("").to_lowercase();
    if rest.starts_with(|c: char| c.is_uppercase())
        && !AMOUNT_WORDS.contains(&next.as_str())
        && rest.split_whitespace().count() >= 3
    {
        rest
    } else {
        s
    }
}

/// Whether a sentence is a scraped list of links, each headline stamped with its age
/// ("Reuters UK BP under pressure - 1 hr ago Mirror.co.uk BP claims… - 1 hr ago"): two age
/// stamps at least. Its headlines are teasers glued to outlet names and to each other, so
/// the merge titles an event with one only when no other mention has a title.
pub fn is_link_list(sentence: &str) -> bool {
    let words: Vec<&str> = sentence.split_whitespace().collect();
    let stamps = words
        .windows(3)
        .filter(|w| {
            w[0].chars().all(|c| c.is_ascii_digit())
                && LINK_AGE_UNITS.contains(&w[1].to_lowercase().as_str())
                && w[2].eq_ignore_ascii_case("ago")
        })
        .count();
    stamps >= 2
}

/// Cuts a headline where the next sentence starts without a full stop, as scraped fact
/// boxes and captions run on ("BP scheduled to make a dividend payment to shareholders At
/// its worst, BP saw 34% wiped off" → "BP scheduled to make a dividend payment to
/// shareholders"): a capitalised function word ("At", "The", "It") after a lower-case word
/// that is not itself a function word ("reported by The Times" is one sentence) or a
/// title-case headline ("Obama Meets The Press"), with three words before it at least.
pub(super) fn cut_glued_sentence(s: &str) -> &str {
    let words: Vec<&str> = s.split_whitespace().collect();
    for i in 3..words.len() {
        let (p, w) = (words[i - 1], words[i]);
        if GLUED_SENTENCE_OPENERS.contains(&w)
            && p.starts_with(|c: char| c.is_lowercase())
            && p.ends_with(|c: char| c.is_alphabetic())
            && !STOPWORDS.contains(&p)
        {
            // The word's byte offset: it is a slice of `s`.
            let pos = w.as_ptr() as usize - s.as_ptr() as usize;
            return s[..pos].trim_end();
        }
    }
    s
}

/// Words of `s` with their byte offsets.
fn words_at(s: &str) -> Vec<(usize, &str)> {
    s.split_whitespace()
        .map(|w| (w.as_ptr() as usize - s.as_ptr() as usize, w))
        .collect()
}

/// The aside that opens at the comma of word `comma` of `words` and runs to the next comma,
/// as a byte span from comma to comma: two to sixteen words starting in lower case, and
/// after it a lower-case word that goes on the sentence, not "and"/"or" (a list: "BP, the
/// owner, and Transocean") nor a determiner or preposition (a new phrase).
fn aside_from(words: &[(usize, &str)], comma: usize) -> Option<(usize, usize)> {
    let lower = |w: &str| w.starts_with(|c: char| c.is_lowercase());
    let open = words[comma].0 + words[comma].1.len() - 1;
    let start = comma + 1;
    let close = start + words[start..].iter().position(|(_, w)| w.ends_with(','))?;
    let len = close - start + usize::from(words[close].1 != ",");
    let next = words.get(close + 1)?.1;
    // A comma soon after is an aside that went on ("blast, which left 11 workers missing,
    // presumed dead, remains unclear"): the first comma did not close it.
    let list_goes_on = words[close + 1..]
        .iter()
        .take(3)
        .any(|(_, w)| w.ends_with(','));
    let goes_on = lower(next)
        && !list_goes_on
        && !matches!(next, "and" | "or")
        && !DETERMINERS.contains(&next)
        && !ASIDE_BREAKERS.contains(&next);
    (words.get(start).is_some_and(|(_, w)| lower(w)) && (2..=16).contains(&len) && goes_on)
        .then(|| (open, words[close].0 + words[close].1.len()))
}

/// The byte spans of the asides a headline can do without, each from the comma that opens
/// it to the comma that closes it: an appositive after a leading name of one to five
/// capitalised words ("Adm Thad Allen, in charge of the clean-up, has said") and a relative
/// clause between commas ("a relief well, which has taken four months to drill, should
/// intersect"); see `aside_from` for what may close one. Commas may stand as tokens (" , ").
pub(super) fn aside_spans(s: &str) -> Vec<(usize, usize)> {
    let words = words_at(s);
    let mut spans = Vec::new();
    if let Some(comma) = words.iter().position(|(_, w)| w.ends_with(',')) {
        let name_end = if words[comma].1 == "," {
            comma
        } else {
            comma + 1
        };
        let named = (1..=5).contains(&name_end)
            && words[..name_end]
                .iter()
                .all(|(_, w)| w.starts_with(|c: char| c.is_uppercase()));
        if let Some(span) = named.then(|| aside_from(&words, comma)).flatten() {
            spans.push(span);
        }
    }
    let relative = words
        .windows(2)
        .position(|p| p[0].1.ends_with(',') && matches!(p[1].1, "which" | "who"));
    if let Some(span) = relative.and_then(|c| aside_from(&words, c))
        && spans.iter().all(|&(a, b)| span.1 <= a || b <= span.0)
    {
        spans.push(span);
    }
    spans.sort_unstable();
    spans
}

/// Drops the asides of a headline ([`aside_spans`]): "Allen, in charge of the clean-up, has
/// said the well is sealed" → "Allen has said the well is sealed". The caller keeps them
/// when the date it titles stands inside one.
pub(super) fn drop_asides(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut from = 0;
    for (a, b) in aside_spans(s) {
        out.push_str(s[from..a].trim_end());
        out.push(' ');
        from = b;
    }
    out.push_str(s[from..].trim_start());
    out
}

#[cfg(test)]
mod tests {
    use super::super::headline::title_for as h;
    use super::*;

    #[test]
    fn tokenised_amounts_quotes_and_addresses_are_joined() {
        assert_eq!(
            h(
                "The company was due to make a $ 2.6 bn -LRB- # 1.8 bn -RRB- payment on Monday",
                "Monday"
            ),
            "The company was due to make a $2.6bn (£1.8bn) payment"
        );
        assert_eq!(
            h("BP shares fell 3.4 % on Tuesday", "Tuesday"),
            "BP shares fell 3.4%"
        );
        assert_eq!(
            h(
                "BP said on Tuesday the leak will be ' a trickle ' by next week",
                "Tuesday"
            ),
            "BP said the leak will be 'a trickle' by next week"
        );
        // A plural possessive is no quote, and a figure without its symbol stays apart.
        assert_eq!(
            h(
                "He ran the victims ' fund and paid 5 m people on Monday",
                "Monday"
            ),
            "He ran the victims' fund and paid 5m people"
        );
        assert_eq!(
            h("Ten # signs were posted on Monday", "Monday"),
            "Ten # signs were posted"
        );
        assert_eq!(
            tidy("Read it at Mirror . co. uk today"),
            "Read it at Mirror.co.uk today"
        );
        // Joining is stable: the headline is tidied twice.
        let once = tidy("be ' a trickle ' now , $ 2.6 bn");
        assert_eq!(once, "be 'a trickle' now, $2.6bn");
        assert_eq!(tidy(&once), once);
        let once = tidy("Oil Spill ` Tiny ' Compared To Ocean");
        assert_eq!(once, "Oil Spill 'Tiny' Compared To Ocean");
        assert_eq!(tidy(&once), once);
        assert_eq!(tidy("BP closed at 399.4 p"), "BP closed at 399.4p");
    }

    #[test]
    fn an_outlets_address_before_a_headline_goes() {
        assert_eq!(
            drop_outlet_address("Mirror.co.uk BP claims oil leak will be 'a trickle'"),
            "BP claims oil leak will be 'a trickle'"
        );
        assert_eq!(
            drop_outlet_address("IAfrica.com Gulf spill hits Texas"),
            "Gulf spill hits Texas"
        );
        // A sentence that starts with a name or a figure keeps it.
        assert_eq!(
            drop_outlet_address("Amazon.com shares rose 3%"),
            "Amazon.com shares rose 3%"
        );
        assert_eq!(
            drop_outlet_address("U.S. officials said BP must pay"),
            "U.S. officials said BP must pay"
        );
    }

    #[test]
    fn an_all_caps_heading_before_the_sentence_goes() {
        assert_eq!(
            h(
                "NEW CAP FOR LEAKING OIL WELL When engineers removed the LMRP cap on 10 July , oil began to flow",
                "10 July"
            ),
            "When engineers removed the LMRP cap, oil began to flow"
        );
        // Acronyms before a name, and a capital subject before its verb, stay.
        assert_eq!(
            drop_caps_heading("BP CEO Tony Hayward resigned"),
            "BP CEO Tony Hayward resigned"
        );
        assert_eq!(
            drop_caps_heading("OIL SPILL LATEST BP sealed the well"),
            "BP sealed the well"
        );
        assert_eq!(
            drop_caps_heading("US EPA BP met on the spill"),
            "US EPA BP met on the spill"
        );
    }

    #[test]
    fn a_fact_boxs_amount_before_the_next_line_goes() {
        assert_eq!(
            h(
                "$ 360m BP scheduled to make a dividend payment to shareholders on 21 June",
                "21 June"
            ),
            "BP scheduled to make a dividend payment to shareholders"
        );
        assert_eq!(
            drop_leading_amount("$10.5bn (£7bn) BP scheduled to pay"),
            "BP scheduled to pay"
        );
        // An amount that is the subject stays, also with its number word capitalised.
        assert_eq!(
            drop_leading_amount("$360m was spent on sand barriers"),
            "$360m was spent on sand barriers"
        );
        assert_eq!(
            drop_leading_amount("$30 Billion Blowout is broadcast on BBC Two"),
            "$30 Billion Blowout is broadcast on BBC Two"
        );
    }

    #[test]
    fn link_lists_are_told_from_sentences() {
        assert!(is_link_list(
            "Reuters UK BP under pressure - 1 hr ago Mirror . co. uk BP claims oil leak will be ' a trickle ' - 1 hr ago Citizen"
        ));
        // One age in a sentence is news.
        assert!(!is_link_list(
            "The well was capped 3 days ago and BP said it held"
        ));
    }

    #[test]
    fn a_sentence_run_on_without_a_full_stop_is_cut() {
        assert_eq!(
            h(
                "BP scheduled to make a dividend payment to shareholders on 21 June At its worst , BP saw 34 % wiped off its value",
                "21 June"
            ),
            "BP scheduled to make a dividend payment to shareholders"
        );
        assert_eq!(
            cut_glued_sentence(
                "Turtles are among the animals affected by the leak An important unknown"
            ),
            "Turtles are among the animals affected by the leak"
        );
        // A title after a function word, a title-case headline and a short head stay.
        assert_eq!(
            cut_glued_sentence("The spill was reported by The Times"),
            "The spill was reported by The Times"
        );
        assert_eq!(
            cut_glued_sentence("Obama Meets The Press on the spill"),
            "Obama Meets The Press on the spill"
        );
        assert_eq!(cut_glued_sentence("BP spill The end"), "BP spill The end");
    }

    #[test]
    fn an_appositive_after_the_subject_goes_unless_it_holds_the_date() {
        assert_eq!(
            h(
                "Adm Thad Allen , in charge of cleaning up the oil spill , has said the well should be sealed on Thursday",
                "Thursday"
            ),
            "Adm Thad Allen has said the well should be sealed"
        );
        assert_eq!(
            h(
                "Mr Hayward , who has come under heavy criticism , is scheduled to give evidence on Thursday",
                "Thursday"
            ),
            "Hayward is scheduled to give evidence"
        );
        // The date's own happening is in the aside: it stays.
        assert_eq!(
            h(
                "Mr Feinberg , who ran the fund in 2001 , said claims were made",
                "2001"
            ),
            "Feinberg, who ran the fund, said claims were made"
        );
        // Lists, names in the aside and a clause after the comma stay.
        assert_eq!(
            drop_asides("BP, the owner of the well, and Transocean were sued"),
            "BP, the owner of the well, and Transocean were sued"
        );
        assert_eq!(
            drop_asides("Obama, Cameron and Merkel met in Toronto"),
            "Obama, Cameron and Merkel met in Toronto"
        );
        assert_eq!(
            drop_asides("Obama, Cameron and Merkel, who met, agreed"),
            "Obama, Cameron and Merkel agreed"
        );
        assert_eq!(
            drop_asides("In London, shares fell, Reuters said"),
            "In London, shares fell, Reuters said"
        );
        // A relative clause between commas goes too; one before a new phrase stays.
        assert_eq!(
            drop_asides(
                "Allen said a relief well, which has taken four months to drill, should intersect the well"
            ),
            "Allen said a relief well should intersect the well"
        );
        assert_eq!(
            drop_asides("The blast, which left 11 missing, presumed dead, remains unclear"),
            "The blast, which left 11 missing, presumed dead, remains unclear"
        );
        assert_eq!(
            drop_asides("BBC One, at 2030BST Then available via the link, a House Democrat"),
            "BBC One, at 2030BST Then available via the link, a House Democrat"
        );
    }

    #[test]
    fn odd_input_never_panics() {
        for s in [
            "' ' '",
            "$",
            "$ 3",
            "# ( )",
            ". co.",
            "A . co. uk",
            "ÉÉ ÜÜ FOR ÄÄ x",
            "$5 (",
            "$5 ($",
            "'é ’ ‘ `",
        ] {
            let _ = tidy(s);
            let _ = drop_outlet_address(s);
            let _ = drop_caps_heading(s);
            let _ = drop_leading_amount(s);
            let _ = is_link_list(s);
            let _ = cut_glued_sentence(s);
            let _ = drop_asides(s);
        }
    }
}
