/// Where kehoachd sends alerts besides the journal (kehoachd.conf's `smtp_*`, `webhook_*` and
/// `delivery_*` keys; docs/admin.md, "Alerts by e-mail and webhook"). A channel is on when its
/// URL is set. Secrets are never in this file: they are read from their own files (or a
/// systemd credential) when a message is sent, and never logged.
public struct DeliveryConfig: Hashable, Sendable {
    /// The mail server: `smtp://host:587` (STARTTLS required unless `smtp_starttls = no`) or
    /// `smtps://host:465` (TLS from the start). Nil: no e-mail.
    public var smtpURL: String?
    /// Whether STARTTLS is required on an `smtp://` URL (yes by default).
    public var smtpStartTLS = true
    /// The AUTH user, if the server wants one.
    public var smtpUser: String?
    /// The file holding the AUTH password (mode 0600 or 0640 root:kehoach); when unset, the
    /// systemd credential `smtp-password` (`LoadCredential=`) is used if present.
    public var smtpPasswordFile: String?
    /// The sender address (`From:` and the envelope).
    public var smtpFrom = "kehoach@localhost"
    /// `Reply-To:`, e.g. the province's office that answers officials.
    public var smtpReplyTo: String?
    /// A CA bundle to check the server's certificate with (a provincial CA); nil: the system's.
    public var smtpCAFile: String?
    /// Seconds before an SMTP exchange is abandoned (and retried later).
    public var smtpTimeout: Int64 = 30
    /// At most this many e-mails a minute.
    public var smtpRate = 60
    /// Where webhooks are POSTed (`https://…`, or `http://` on a private network). Nil: none.
    public var webhookURL: String?
    /// The file holding the shared secret of the `X-KeHoach-Signature` HMAC-SHA256 header; when
    /// unset, the systemd credential `webhook-secret` if present; else requests are unsigned.
    public var webhookSecretFile: String?
    /// A CA bundle for the webhook's certificate.
    public var webhookCAFile: String?
    /// Seconds before a webhook request is abandoned (and retried later).
    public var webhookTimeout: Int64 = 10
    /// At most this many webhook requests a minute.
    public var webhookRate = 120
    /// How long a delivery is retried before it is given up and reported, in seconds (24h).
    public var giveUpAfter: Int64 = 86_400
    /// The admin's contacts file (`org<TAB>unit<TAB>emails<TAB>phone`), loaded into the store at
    /// start and on reload.
    public var contactsFile: String?

    /// No channel.
    public init() {}

    /// Whether any channel is on.
    public var isEnabled: Bool { smtpURL != nil || webhookURL != nil }
}
