<?php
// KeHoach.php: libkehoach for PHP, as a class that web pages can use.
//
// Under a web server (php-fpm, mod_php, `php -S`) PHP's default ffi.enable=preload lets only
// preloaded code call the FFI API (FFI::scope, FFI::addr, FFI::string, $ffi->new): a page that
// calls FFI itself fails with 'FFI API is restricted by "ffi.enable" configuration directive'.
// This file is that preloaded code: kehoach-ffi.ini loads it with opcache.preload and loads the
// library's declarations (kehoach_php.h) with ffi.preload; pages call its methods only. On the
// command line, require_once it. Errors throw KeHoachException with libkehoach's Vietnamese
// message and result code. Installed by `make install` in share/kehoach/php (docs/c-api.md).

/** A libkehoach call failed: getMessage() is libkehoach's explanation, getCode() the result code. */
final class KeHoachException extends RuntimeException {}

/** A handle on a kehoach store (kehoach_db *); read-only unless asked otherwise. */
final class KeHoach
{
    public const OK = 0;
    public const NOTFOUND = 4;

    private FFI $ffi;
    private ?FFI\CData $db;

    /** Opens the store at $path (read-only by default: the portal's pages only read). */
    public function __construct(string $path = "/var/lib/kehoach/kehoach.db", bool $readonly = true)
    {
        $this->ffi = self::library();
        $db = $this->ffi->new("kehoach_db *");
        $flags = $readonly ? $this->ffi->KEHOACH_OPEN_READONLY : $this->ffi->KEHOACH_OPEN_READWRITE;
        $rc = $this->ffi->kehoach_open($path, $flags, FFI::addr($db));
        if ($rc !== self::OK) {
            $message = $this->ffi->kehoach_errmsg($db);   // a const char * result: already a PHP string
            $this->ffi->kehoach_close($db);
            throw new KeHoachException($message, $rc);
        }
        $this->db = $db;
    }

    public function __destruct() { $this->close(); }

    /** Releases the handle; later calls throw. */
    public function close(): void
    {
        if ($this->db !== null) {
            $this->ffi->kehoach_close($this->db);
            $this->db = null;
        }
    }

    /** Every stored plan: id, number, issuer, year, title, task_count. */
    public function plans(): array
    {
        $out = $this->ffi->new("char *");
        $this->check($this->ffi->kehoach_plans_json($this->handle(), FFI::addr($out)));
        return $this->take($out);
    }

    /** Occurrences matching a query (plan_id, unit, dimension, status, due_from, due_to, as_of, limit). */
    public function occurrences(array $query = []): array
    {
        $out = $this->ffi->new("char *");
        $json = json_encode((object)$query, JSON_UNESCAPED_UNICODE);
        $this->check($this->ffi->kehoach_occurrences_json($this->handle(), $json, FFI::addr($out)));
        return $this->take($out);
    }

    /** Records that an occurrence was done (needs a store opened with $readonly = false). */
    public function complete(string $occurrenceId, string $doneOn, string $by, ?string $evidence = null, ?string $note = null): void
    {
        $this->check($this->ffi->kehoach_occurrence_complete_note($this->handle(), $occurrenceId, $doneOn, $evidence, $note, $by));
    }

    /** The date $n working days after $date on the Vietnamese civil-service calendar. */
    public static function workdaysAdd(string $date, int $n): string
    {
        $ffi = self::library();
        $out = $ffi->new("char[11]");
        $rc = $ffi->kehoach_workdays_add($date, $n, $out);
        if ($rc !== self::OK) throw new KeHoachException($ffi->kehoach_last_errmsg(), $rc);
        return FFI::string($out);
    }

    /** The meaning of a deadline cell ("Quý I, II/2025"), as kehoach deadline --json prints it. */
    public static function parseDeadline(string $text, int $planYear): array
    {
        $ffi = self::library();
        $out = $ffi->new("char *");
        $rc = $ffi->kehoach_deadline_parse($text, $planYear, null, FFI::addr($out));
        if ($rc !== self::OK) throw new KeHoachException($ffi->kehoach_last_errmsg(), $rc);
        $spec = json_decode(FFI::string($out), true);
        $ffi->kehoach_free($out);
        return $spec;
    }

    /** The scope ffi.preload made, else (command line) the installed header. */
    private static function library(): FFI
    {
        static $ffi = null;
        if ($ffi === null) {
            try {
                $ffi = FFI::scope("kehoach");
            } catch (FFI\Exception $notPreloaded) {
                $ffi = FFI::load(__DIR__ . "/../../../include/kehoach_php.h");
            }
        }
        return $ffi;
    }

    private function handle(): FFI\CData
    {
        if ($this->db === null) throw new KeHoachException("kho kehoach đã đóng", 2);
        return $this->db;
    }

    private function check(int $rc): void
    {
        if ($rc !== self::OK) throw new KeHoachException($this->ffi->kehoach_errmsg($this->handle()), $rc);
    }

    private function take(FFI\CData $out): array
    {
        $value = json_decode(FFI::string($out), true);
        $this->ffi->kehoach_free($out);
        return $value;
    }
}
