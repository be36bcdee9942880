//! A minimal WebDriver client for the browser tests: finds Chromium and chromedriver, starts
//! chromedriver on a free localhost port with a throw-away profile, and speaks the W3C
//! WebDriver protocol over plain HTTP/1.1 (std only, no async runtime).
//!
//! [`Browser::start`] returns `Ok(None)` when Chromium or chromedriver is not installed, so
//! the caller can skip with a message; with `CI=true` the caller must fail instead.
#![allow(dead_code)]

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::{Value, json};

const ELEMENT_KEY: &str = "element-6066-11e4-a52e-4f735466cecf";

/// WebDriver key codes.
pub const ENTER: &str = "\u{E007}";
pub const ESCAPE: &str = "\u{E00C}";
pub const TAB: &str = "\u{E004}";
pub const SPACE: &str = "\u{E00D}";
pub const ARROW_LEFT: &str = "\u{E012}";
pub const ARROW_RIGHT: &str = "\u{E014}";

/// The first of `names` that is an executable file on PATH or an absolute path.
fn find_program(env: &str, names: &[&str]) -> Option<PathBuf> {
    if let Some(p) = std::env::var_os(env).filter(|p| !p.is_empty()) {
        return Some(PathBuf::from(p));
    }
    let path = std::env::var_os("PATH").unwrap_or_default();
    for name in names {
        let candidate = Path::new(name);
        if candidate.is_absolute() {
            if candidate.is_file() {
                return Some(candidate.to_path_buf());
            }
            continue;
        }
        for dir in std::env::split_paths(&path) {
            let p = dir.join(name);
            if p.is_file() {
                return Some(p);
            }
        }
    }
    None
}

/// Paths of the browser and of chromedriver, or a message saying which one is missing.
pub fn locate() -> Result<(PathBuf, PathBuf), String> {
    let chrome = find_program(
        "CHROME",
        &["chromium", "chromium-browser", "google-chrome", "chrome"],
    );
    let driver = find_program(
        "CHROMEDRIVER",
        &["chromedriver", "/usr/lib/chromium/chromedriver"],
    );
    match (chrome, driver) {
        (Some(c), Some(d)) => Ok((c, d)),
        (c, d) => Err(format!(
            "{}{}install them with `apt-get install -y chromium chromium-driver` \
             (or set CHROME and CHROMEDRIVER)",
            if c.is_none() {
                "Chromium not found; "
            } else {
                ""
            },
            if d.is_none() {
                "chromedriver not found; "
            } else {
                ""
            },
        )),
    }
}

/// One HTTP/1.1 exchange with `Connection: close`; returns (status, body).
fn http(port: u16, method: &str, path: &str, body: &str) -> Result<(u16, String), String> {
    let mut s = TcpStream::connect(("127.0.0.1", port)).map_err(|e| e.to_string())?;
    s.set_read_timeout(Some(Duration::from_secs(90)))
        .map_err(|e| e.to_string())?;
    let req = format!(
        "{method} {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n\
         Content-Type: application/json; charset=utf-8\r\nContent-Length: {}\r\n\
         Connection: close\r\n\r\n{body}",
        body.len()
    );
    s.write_all(req.as_bytes()).map_err(|e| e.to_string())?;
    // chromedriver keeps the connection open: read the head, then Content-Length bytes.
    let mut raw = Vec::new();
    let mut chunk = [0u8; 8192];
    let head_end = loop {
        if let Some(i) = raw.windows(4).position(|w| w == b"\r\n\r\n") {
            break i + 4;
        }
        let n = s.read(&mut chunk).map_err(|e| e.to_string())?;
        if n == 0 {
            return Err(format!(
                "connection closed: {:?}",
                String::from_utf8_lossy(&raw)
            ));
        }
        raw.extend_from_slice(&chunk[..n]);
    };
    let head = String::from_utf8_lossy(&raw[..head_end]).to_ascii_lowercase();
    let status: u16 = head
        .split_whitespace()
        .nth(1)
        .and_then(|c| c.parse().ok())
        .ok_or_else(|| format!("no status in {head:?}"))?;
    let length = head.lines().find_map(|l| {
        let (k, v) = l.split_once(':')?;
        (k.trim() == "content-length").then(|| v.trim().parse::<usize>().ok())?
    });
    let mut body = raw[head_end..].to_vec();
    match length {
        Some(n) => {
            while body.len() < n {
                let k = s.read(&mut chunk).map_err(|e| e.to_string())?;
                if k == 0 {
                    break;
                }
                body.extend_from_slice(&chunk[..k]);
            }
            body.truncate(n);
        }
        None => {
            s.read_to_end(&mut body).map_err(|e| e.to_string())?;
        }
    }
    let body = String::from_utf8_lossy(&body).into_owned();
    let body = if head.contains("transfer-encoding: chunked") {
        dechunk(&body)
    } else {
        body
    };
    Ok((status, body))
}

fn dechunk(mut s: &str) -> String {
    let mut out = String::new();
    while let Some((size, rest)) = s.split_once("\r\n") {
        let n = usize::from_str_radix(size.trim(), 16).unwrap_or(0);
        if n == 0 || rest.len() < n {
            break;
        }
        out.push_str(&rest[..n]);
        s = rest[n..].trim_start_matches("\r\n");
    }
    out
}

/// A running chromedriver with one headless Chromium session.
pub struct Browser {
    driver: Child,
    port: u16,
    session: String,
    _profile: tempfile::TempDir,
}

impl Browser {
    /// Starts chromedriver and a headless session; `Ok(None)` if either is not installed.
    pub fn start() -> Result<Option<Browser>, String> {
        let (chrome, driver_path) = match locate() {
            Ok(p) => p,
            Err(e) => {
                if std::env::var("CI").as_deref() == Ok("true") {
                    return Err(format!("CI=true but the browser test cannot run: {e}"));
                }
                eprintln!("SKIPPED browser test: {e}");
                return Ok(None);
            }
        };
        let port = TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .map_err(|e| e.to_string())?
            .port();
        let profile = tempfile::tempdir().map_err(|e| e.to_string())?;
        let driver = Command::new(&driver_path)
            .arg(format!("--port={port}"))
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .map_err(|e| format!("cannot start {}: {e}", driver_path.display()))?;
        let mut b = Browser {
            driver,
            port,
            session: String::new(),
            _profile: profile,
        };
        let t0 = Instant::now();
        loop {
            if let Ok((200, body)) = http(port, "GET", "/status", "") {
                let v: Value = serde_json::from_str(&body).unwrap_or(Value::Null);
                if v["value"]["ready"] == json!(true) {
                    break;
                }
            }
            if t0.elapsed() > Duration::from_secs(30) {
                return Err(format!("chromedriver did not start on port {port}"));
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        let args = [
            "--headless".to_string(),
            "--no-sandbox".into(),
            "--disable-gpu".into(),
            "--disable-dev-shm-usage".into(),
            "--disable-background-networking".into(),
            "--disable-component-update".into(),
            "--disable-sync".into(),
            "--no-first-run".into(),
            "--window-size=1800,1200".into(),
            format!("--user-data-dir={}", b._profile.path().display()),
        ];
        let caps = json!({"capabilities": {"alwaysMatch": {
            "browserName": "chrome",
            "unhandledPromptBehavior": "ignore",
            "goog:chromeOptions": {"binary": chrome.display().to_string(), "args": args}
        }}});
        let v = b.call("POST", "/session", Some(caps))?;
        b.session = v["sessionId"]
            .as_str()
            .ok_or_else(|| format!("no session id in {v}"))?
            .to_string();
        Ok(Some(b))
    }

    /// A WebDriver command; returns the `value` of a success, the error message otherwise.
    fn call(&self, method: &str, path: &str, body: Option<Value>) -> Result<Value, String> {
        let body = body.map(|b| b.to_string()).unwrap_or_default();
        let (status, text) = http(self.port, method, path, &body)?;
        let v: Value =
            serde_json::from_str(&text).map_err(|e| format!("{e}: {text:?} from {path}"))?;
        if status == 200 {
            Ok(v["value"].clone())
        } else {
            Err(format!(
                "{} ({status}): {}",
                v["value"]["error"].as_str().unwrap_or("error"),
                v["value"]["message"].as_str().unwrap_or("")
            ))
        }
    }

    fn cmd(&self, method: &str, what: &str, body: Option<Value>) -> Result<Value, String> {
        self.call(method, &format!("/session/{}{what}", self.session), body)
    }

    pub fn goto(&self, url: &str) {
        self.cmd("POST", "/url", Some(json!({ "url": url })))
            .expect("navigate");
    }

    /// Runs `script` (a function body; `arguments` are `args`) and returns its result.
    pub fn js(&self, script: &str, args: Value) -> Value {
        self.cmd(
            "POST",
            "/execute/sync",
            Some(json!({ "script": script, "args": args })),
        )
        .unwrap_or_else(|e| panic!("script failed: {e}\n{script}"))
    }

    /// The WebDriver id of the first element matching the CSS selector.
    pub fn find(&self, css: &str) -> String {
        let v = self
            .cmd(
                "POST",
                "/element",
                Some(json!({ "using": "css selector", "value": css })),
            )
            .unwrap_or_else(|e| panic!("no element {css}: {e}"));
        v[ELEMENT_KEY].as_str().expect("element id").to_string()
    }

    /// A real mouse click in the middle of the element.
    pub fn click(&self, element: &str) {
        self.cmd(
            "POST",
            &format!("/element/{element}/click"),
            Some(json!({})),
        )
        .expect("click");
    }

    /// Presses and releases one key, sent to the focused element.
    pub fn press(&self, key: &str) {
        let actions = json!({"actions": [{"type": "key", "id": "keyboard", "actions": [
            {"type": "keyDown", "value": key}, {"type": "keyUp", "value": key}
        ]}]});
        self.cmd("POST", "/actions", Some(actions))
            .expect("key press");
    }

    /// A PNG screenshot of the viewport.
    pub fn screenshot(&self) -> Vec<u8> {
        use base64::Engine;
        let v = self.cmd("GET", "/screenshot", None).expect("screenshot");
        base64::engine::general_purpose::STANDARD
            .decode(v.as_str().unwrap_or_default())
            .expect("base64 PNG")
    }

    /// The text of an open alert, confirm or prompt, if one is open.
    pub fn alert_text(&self) -> Option<String> {
        self.cmd("GET", "/alert/text", None)
            .ok()
            .map(|v| v.as_str().unwrap_or_default().to_string())
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        if !self.session.is_empty() {
            let _ = self.call("DELETE", &format!("/session/{}", self.session), None);
        }
        let _ = self.driver.kill();
        let _ = self.driver.wait();
    }
}
