#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The astronomy behind the lunar calendar: Hồ Ngọc Đức's port of the formulas in Jean Meeus,
/// "Astronomical Algorithms" (1998), as published in "Âm lịch Việt Nam" (informatik.uni-leipzig.de/~duc/amlich).
///
/// The constants and the order of the terms are kept exactly as in the published algorithm so
/// that the results agree day for day with every other port of it (the `lunar-vn` package,
/// the JavaScript original). All day values are Julian day numbers (JDN, an integer day count;
/// JDN 2440588 is 1970-01-01).
extension LunarCalendar {
    /// Vietnam's time zone, UTC+7, in hours: the lunar month starts on the local day of the new moon.
    static let timeZone = 7.0

    /// JDN of 1970-01-01, to convert to and from `CivilDate.dayNumber`.
    static let unixEpochJDN = 2_440_588

    /// Hồ Ngọc Đức's `INT`: the floor, also for negative numbers.
    @inline(__always)
    static func int(_ x: Double) -> Int { Int(x.rounded(.down)) }

    /// The Julian day (fractional, UT) of the `k`-th new moon after the one of 1900-01-01 13:52 UT.
    static func newMoon(_ k: Int) -> Double {
        let k = Double(k)
        let t = k / 1236.85
        let t2 = t * t, t3 = t2 * t
        let dr = Double.pi / 180
        var jd1 = 2_415_020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3
        jd1 += 0.00033 * sin((166.56 + 132.87 * t - 0.009173 * t2) * dr)
        let m = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3
        let mpr = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3
        let f = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3
        var c1 = (0.1734 - 0.000393 * t) * sin(m * dr) + 0.0021 * sin(2 * dr * m)
        c1 = c1 - 0.4068 * sin(mpr * dr) + 0.0161 * sin(dr * 2 * mpr)
        c1 = c1 - 0.0004 * sin(dr * 3 * mpr)
        c1 = c1 + 0.0104 * sin(dr * 2 * f) - 0.0051 * sin(dr * (m + mpr))
        c1 = c1 - 0.0074 * sin(dr * (m - mpr)) + 0.0004 * sin(dr * (2 * f + m))
        c1 = c1 - 0.0004 * sin(dr * (2 * f - m)) - 0.0006 * sin(dr * (2 * f + mpr))
        c1 = c1 + 0.0010 * sin(dr * (2 * f - mpr)) + 0.0005 * sin(dr * (2 * mpr + m))
        let deltaT: Double
        if t < -11 {
            deltaT = 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
        } else {
            deltaT = -0.000278 + 0.000265 * t + 0.000262 * t2
        }
        return jd1 + c1 - deltaT
    }

    /// The JDN of the local (UTC+7) day on which the `k`-th new moon falls.
    static func newMoonDay(_ k: Int) -> Int {
        int(newMoon(k) + 0.5 + timeZone / 24)
    }

    /// The sun's apparent longitude, in radians (0 ..< 2π), at the Julian day `jdn` (UT).
    static func sunLongitude(_ jdn: Double) -> Double {
        let t = (jdn - 2_451_545.0) / 36525
        let t2 = t * t
        let dr = Double.pi / 180
        let m = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2
        let l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2
        var dl = (1.914600 - 0.004817 * t - 0.000014 * t2) * sin(dr * m)
        dl = dl + (0.019993 - 0.000101 * t) * sin(dr * 2 * m) + 0.000290 * sin(dr * 3 * m)
        var l = (l0 + dl) * dr
        l = l - Double.pi * 2 * Double(int(l / (Double.pi * 2)))
        return l
    }

    /// Which of the twelve 30° sectors (major solar terms, "trung khí") the sun is in at the
    /// start of local day `dayNumber` (a JDN): 0 = from the spring equinox, 9 = from the winter solstice.
    static func sunSector(_ dayNumber: Int) -> Int {
        int(sunLongitude(Double(dayNumber) - 0.5 - timeZone / 24) / Double.pi * 6)
    }

    /// The JDN of the first day of lunar month 11 (the month holding the winter solstice)
    /// that begins in Gregorian year `year`, or late in the year before.
    static func month11(_ year: Int) -> Int {
        let off = jdn(year: year, month: 12, day: 31) - 2_415_021
        let k = int(Double(off) / 29.530588853)
        let nm = newMoonDay(k)
        return sunSector(nm) >= 9 ? newMoonDay(k - 1) : nm
    }

    /// For a lunar year (from month 11 starting at `a11`) that has 13 months: how many months
    /// after month 11 the leap month comes (1 means the month right after month 11).
    static func leapMonthOffset(_ a11: Int) -> Int {
        let k = int((Double(a11) - 2_415_021.076998695) / 29.530588853 + 0.5)
        var i = 1
        var arc = sunSector(newMoonDay(k + i))
        var last = 0
        repeat {
            last = arc
            i += 1
            arc = sunSector(newMoonDay(k + i))
        } while arc != last && i < 14
        return i - 1
    }

    /// The JDN of a proleptic Gregorian date.
    static func jdn(year: Int, month: Int, day: Int) -> Int {
        CivilDate.dayNumber(year: year, month: month, day: day) + unixEpochJDN
    }
}
