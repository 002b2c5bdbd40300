#!/usr/bin/env python3
"""Alerts that reach people (issue 16), against real peers on loopback: an SMTP server
(aiosmtpd, STARTTLS on a certificate made here, AUTH required) and an HTTP server for the
webhook (signed with HMAC-SHA256).

- one e-mail per unit and day, in Vietnamese, text and HTML, to the unit's addresses;
- the webhook gets one signed JSON body per notice and recipient, with an Idempotency-Key;
- the servers down for a while: deliveries are retried, then arrive;
- a permanent refusal (SMTP 550) and a webhook that answers 500 until the give-up time: reported
  as failed (journal entry with its MESSAGE_ID, `kehoach deliveries --failed`), nothing lost;
- kehoachd killed with SIGKILL at random points while delivering: every delivery arrives, and a
  message sent again carries the same Message-ID / Idempotency-Key as the first."""
import base64
import collections
import datetime
import email
import email.policy
import hashlib
import hmac
import http.server
import json
import os
import random
import signal
import ssl
import subprocess
import sys
import tempfile
import threading
import time
import warnings

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import harness  # noqa: E402

try:
    from aiosmtpd.controller import Controller
    from aiosmtpd.smtp import AuthResult
except ImportError:  # Debian's python3-aiosmtpd, when python3 is not Debian's own
    sys.path.append("/usr/lib/python3/dist-packages")
    from aiosmtpd.controller import Controller
    from aiosmtpd.smtp import AuthResult

warnings.simplefilter("ignore")  # aiosmtpd 1.4's own deprecation notices
import logging  # noqa: E402
logging.getLogger("mail.log").setLevel(logging.CRITICAL + 1)  # a killed client mid-STARTTLS is expected here
t = harness.Checks("delivery")
rng = random.Random(int(os.environ.get("KEHOACH_SEED", "16")))
work = tempfile.mkdtemp(prefix="kehoach-delivery-")
bin_dir = harness.bin_dir()
kehoach = os.path.join(bin_dir, "kehoach")
daemon = os.path.join(bin_dir, "kehoachd")

# A certificate for 127.0.0.1, the STARTTLS server's.
cert, key = os.path.join(work, "cert.pem"), os.path.join(work, "key.pem")
subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", cert, "-days", "2",
                "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost"],
               check=True, capture_output=True)
tls = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
tls.load_cert_chain(cert, key)


class Mailbox:
    """The SMTP server's handler: keeps every message; `mode` makes it refuse (451 or 550)."""
    def __init__(self):
        self.messages = []
        self.mode = "ok"
        self.lock = threading.Lock()

    async def handle_DATA(self, server, session, envelope):
        if self.mode == "down":
            return "451 4.3.0 Tạm thời không nhận thư"
        if self.mode == "refuse":
            return "550 5.7.1 Không nhận thư từ máy này"
        with self.lock:
            self.messages.append((list(envelope.rcpt_tos), envelope.content, session.authenticated))
        return "250 OK"


def authenticator(server, session, envelope, mechanism, auth_data):
    ok = auth_data.login == b"kehoach" and auth_data.password == b"mat-khau-thu"
    return AuthResult(success=ok)


def free_port():
    import socket
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


mailbox = Mailbox()
smtp_port = free_port()
smtp = Controller(mailbox, hostname="127.0.0.1", port=smtp_port, tls_context=tls, require_starttls=True,
                  auth_required=True, authenticator=authenticator)
smtp.start()


class Hook(http.server.BaseHTTPRequestHandler):
    received = []
    mode = "ok"

    def do_POST(self):
        length = int(self.headers["Content-Length"])
        body = self.rfile.read(length)
        if len(body) < length:  # the sender was killed mid-request: a real receiver never accepts half a body
            return
        if Hook.mode != "ok":
            self.send_response(503 if Hook.mode == "down" else 500)
            self.end_headers()
            return
        Hook.received.append((dict(self.headers), body))
        self.send_response(200)
        self.end_headers()
        self.wfile.write(b"{}")

    def log_message(self, *args):
        pass


web = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Hook)
threading.Thread(target=web.serve_forever, daemon=True).start()
web_port = web.server_address[1]

secret = "bi-mat-chung-cua-tinh"
with open(os.path.join(work, "smtp.password"), "w") as f:
    f.write("mat-khau-thu\n")
with open(os.path.join(work, "webhook.secret"), "w") as f:
    f.write(secret + "\n")


def config(path, give_up="24h"):
    with open(path, "w") as f:
        f.write("smtp_url = smtp://127.0.0.1:%d\nsmtp_user = kehoach\nsmtp_password_file = %s\n"
                "smtp_from = kehoach@tinh.test\nsmtp_reply_to = vanphong@tinh.test\nsmtp_ca_file = %s\n"
                "webhook_url = http://127.0.0.1:%d/hook\nwebhook_secret_file = %s\ndelivery_give_up = %s\n"
                "contacts_file = %s\n"
                % (smtp_port, os.path.join(work, "smtp.password"), cert, web_port, os.path.join(work, "webhook.secret"),
                   give_up, os.path.join(work, "contacts.tsv")))
    return path


def store(name):
    db = os.path.join(work, name, "kehoach.db")
    os.makedirs(os.path.dirname(db))
    harness.make_store(db, files=[os.path.join(harness.ROOT, "examples", "da-loc-2025.json")])
    return db


def once(db, conf, now, since=None, timeout=60):
    args = [daemon, "--config", conf, "--db", db, "--once", "--stdout", "--now", now] + (["--since", since] if since else [])
    return subprocess.run(args, capture_output=True, text=True, timeout=timeout)


def received_mail():
    """(Message-ID, recipients, occurrence ids in the text part, the parsed message) per message."""
    out = []
    for rcpts, content, authenticated in mailbox.messages:
        msg = email.message_from_bytes(content, policy=email.policy.default)
        text = msg.get_body(preferencelist=("plain",)).get_content()
        # One item per notice: its four lines (kind, plan and task; deadline; due date and message; id).
        lines = text.splitlines()
        ids = ["\n".join(lines[i - 3:i + 1]).strip() for i, line in enumerate(lines) if "Mã để ghi nhận: " in line]
        out.append((msg["Message-ID"], rcpts, ids, msg, authenticated))
    return out


# The units of Đa Lộc's plan, each with an address (the focal unit with two) and a phone.
db = store("main")
units = [json.loads(line) for line in subprocess.run([kehoach, "units", "--db", db, "--json"], check=True,
                                                     capture_output=True, text=True).stdout.splitlines()]
with open(os.path.join(work, "contacts.tsv"), "w") as f:
    f.write("# tổ chức\tđơn vị\tthư\tđiện thoại\n")
    for u in units:
        f.write("%s\t%s\t%s@xa-da-loc.test\t09%08d\n" % (u["org"], u["id"], u["id"], rng.randrange(10 ** 8)))
conf = config(os.path.join(work, "kehoachd.conf"))

print("━━ one e-mail per unit and day, signed webhooks")
first = once(db, conf, "2025-07-07T07:30", "2025-07-06T07:30")
t.check(first.returncode == 0, "the 07:30 cycle of 07/07/2025 runs (exit %d) %s" % (first.returncode, first.stderr[-300:]))
notices = [l for l in first.stdout.splitlines() if "KEHOACH_NOTICE_ID=" in l]
mails = received_mail()
t.check(len(notices) > 10 and len(mails) > 0, "%d notices, %d e-mails" % (len(notices), len(mails)))
by_rcpt = collections.Counter(tuple(m[1]) for m in mails)
t.check(all(c == 1 for c in by_rcpt.values()), "one e-mail per unit that day: %s" % dict(by_rcpt))
t.check(all(m[4] for m in mails), "every message came through AUTH after STARTTLS")
sample = mails[0][3]
t.check("Kính gửi" in sample.get_body(preferencelist=("plain",)).get_content(), "the text part is Vietnamese")
t.check("<table" in sample.get_body(preferencelist=("html",)).get_content(), "an HTML part with the items' table")
t.check("[KeHoach]" in sample["Subject"] and "07/07/2025" in sample["Subject"], "subject: %s" % sample["Subject"])
t.check(sample["Reply-To"] == "vanphong@tinh.test" and sample["From"] == "kehoach@tinh.test", "From and Reply-To")
mailed = set(i.rsplit("Mã để ghi nhận: ", 1)[1] for m in mails for i in m[2])
occurrences = set(l.split("KEHOACH_OCCURRENCE=")[1].split(" ")[0] for l in notices if "KEHOACH_OCCURRENCE=" in l)
t.check(occurrences and occurrences <= mailed, "every occurrence with a notice is in some unit's e-mail")
hooks = Hook.received
t.check(len(hooks) >= len(notices), "the webhook got a request per notice and recipient (%d for %d notices)" % (len(hooks), len(notices)))
good = all(h["X-KeHoach-Signature"] == "sha256=" + hmac.new(secret.encode(), b, hashlib.sha256).hexdigest() for h, b in hooks)
t.check(good, "every webhook body is signed: X-KeHoach-Signature = HMAC-SHA256 of the body under the shared secret")
keys = collections.Counter(h["Idempotency-Key"] for h, _ in hooks)
t.check(all(c == 1 for c in keys.values()), "each Idempotency-Key once")
body = json.loads(hooks[0][1])
t.check(all(k in body for k in ("org", "org_name", "plan_id", "plan_number", "task", "deadline", "due", "days", "kind", "recipient")),
        "the body carries the journal's notice fields: %s" % sorted(body))
t.check(body["recipient"].get("phone", "").startswith("09"), "and the recipient's phone, for an SMS gateway")
with open(os.path.join(harness.ROOT, "docs", "webhook.schema.json"), encoding="utf-8") as f:
    schema = json.load(f)
fits = all(set(schema["required"]) <= set(json.loads(b)) <= set(schema["properties"])
           and json.loads(b)["kind"] in schema["properties"]["kind"]["enum"] for _, b in hooks)
t.check(fits, "every body has the keys docs/webhook.schema.json requires, and no other")
listed = subprocess.run([kehoach, "deliveries", "--db", db, "--json"], capture_output=True, text=True).stdout.splitlines()
t.check(len(listed) > 0 and all(json.loads(l)["state"] == "sent" for l in listed), "kehoach deliveries lists them sent")

print("━━ the servers down for a while: retries, then success")
mailbox.mode, Hook.mode = "down", "down"
before_mail, before_hooks = len(mailbox.messages), len(Hook.received)
down = once(db, conf, "2025-07-08T07:30")
pending = [json.loads(l) for l in subprocess.run([kehoach, "deliveries", "--db", db, "--pending", "--json"],
                                                  capture_output=True, text=True).stdout.splitlines()]
t.check(len(pending) > 0 and all(p["attempts"] == 1 and p["error"] for p in pending),
        "%d deliveries wait for a retry, each with the server's answer" % len(pending))
t.check(len(mailbox.messages) == before_mail and len(Hook.received) == before_hooks, "nothing was accepted meanwhile")
still = once(db, conf, "2025-07-08T07:32")
mailbox.mode, Hook.mode = "ok", "ok"
later = once(db, conf, "2025-07-08T10:30")
t.check(later.returncode == 0, "a later cycle runs")
left = subprocess.run([kehoach, "deliveries", "--db", db, "--pending", "--json"], capture_output=True, text=True).stdout
t.check(left.strip() == "", "after the servers are back every delivery is sent")
t.check(len(mailbox.messages) > before_mail and len(Hook.received) > before_hooks, "the held messages arrived")

print("━━ a permanent refusal and a webhook failing until the give-up time: reported, nothing lost")
db2 = store("refused")
conf2 = config(os.path.join(work, "short.conf"), give_up="10min")
mailbox.mode, Hook.mode = "refuse", "broken"
r1 = once(db2, conf2, "2025-07-07T07:30", "2025-07-06T07:30")
r2 = once(db2, conf2, "2025-07-07T07:50")
failed = [json.loads(l) for l in subprocess.run([kehoach, "deliveries", "--db", db2, "--failed", "--json"],
                                                 capture_output=True, text=True).stdout.splitlines()]
t.check(any(f["channel"] == "email" and "550" in f["error"] for f in failed), "the mail server's 550 is a failure, not retried")
t.check(any(f["channel"] == "webhook" and "500" in f["error"] for f in failed), "the webhook's 500 is given up after delivery_give_up")
t.check("2869f924cacf497fb7cd5e8fbe0d025e" in r1.stdout + r2.stdout, "each give-up is written with its MESSAGE_ID")
outbox = int(harness.sql(db2, "SELECT count(*) FROM outbox")[0][0])
total = int(harness.sql(db2, "SELECT count(*) FROM deliveries")[0][0])
t.check(outbox > 0 and total == len(failed) + int(harness.sql(db2, "SELECT count(*) FROM deliveries WHERE state <> 'failed'")[0][0]),
        "every notice stays in the outbox (%d) and every delivery is listed (%d)" % (outbox, total))
mailbox.mode, Hook.mode = "ok", "ok"

print("━━ kehoachd killed at random points while delivering")
db3 = store("killed")
conf3 = config(os.path.join(work, "kill.conf"))
start_mail, start_hooks = len(mailbox.messages), len(Hook.received)
kills = 0
limit = 0.3
day = datetime.date(2025, 7, 7)
for i in range(40):  # a working month of 07:30 cycles, each with new notices to deliver
    now = "%sT07:30" % (day + datetime.timedelta(days=i)).isoformat()
    args = [daemon, "--config", conf3, "--db", db3, "--once", "--stdout", "--now", now] + (["--since", "2025-07-06T07:30"] if i == 0 else [])
    proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(rng.uniform(0.0, limit))
    if proc.poll() is None:
        proc.send_signal(signal.SIGKILL)
        kills += 1
        limit *= 1.1
    else:
        limit *= 0.8
    proc.wait()
final = once(db3, conf3, "2025-08-16T09:00")
t.check(final.returncode == 0 and kills >= 5, "%d of 40 runs killed, a last one drains the outbox" % kills)
expected_hooks = int(harness.sql(db3, "SELECT count(*) FROM deliveries WHERE channel = 'webhook'")[0][0])
sent_states = harness.sql(db3, "SELECT state, count(*) FROM deliveries GROUP BY state")
t.check(all(s == "sent" for s, _ in sent_states), "every delivery ended sent: %s" % sent_states)
new_hooks = Hook.received[start_hooks:]
by_key = collections.defaultdict(set)
for h, b in new_hooks:
    by_key[h["Idempotency-Key"]].add(b)
t.check(len(by_key) == expected_hooks, "every webhook delivery arrived (%d keys for %d deliveries)" % (len(by_key), expected_hooks))
t.check(all(len(v) == 1 for v in by_key.values()), "a request sent again carries the same key and the same body: %s"
        % [sorted(v) for v in by_key.values() if len(v) > 1][:1])
new_mail = received_mail()[start_mail:]
by_id = collections.defaultdict(set)
for mid, rcpts, ids, _, _ in new_mail:
    by_id[mid].add((tuple(rcpts), tuple(ids)))
t.check(all(len(v) == 1 for v in by_id.values()), "a message sent again has the same Message-ID and the same items")
items = collections.Counter()
for mid, variants in by_id.items():
    rcpts, ids = next(iter(variants))
    for i in ids:
        items[(rcpts, i)] += 1
t.check(all(c == 1 for c in items.values()), "each notice reaches each unit under one Message-ID only: %s"
        % [k for k, c in items.items() if c > 1][:2])
expected_mail = int(harness.sql(db3, "SELECT count(*) FROM deliveries WHERE channel = 'email'")[0][0])
t.check(sum(items.values()) == expected_mail, "every e-mail delivery arrived (%d of %d)" % (sum(items.values()), expected_mail))

smtp.stop()
web.shutdown()
t.finish()
