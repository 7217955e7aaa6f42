namespace Oversight.Holidays;

/// <summary>A date of the Vietnamese lunisolar calendar (âm lịch): the lunar year it belongs to, month 1–12 (a leap month repeats the number before it), day 1–30.</summary>
public readonly record struct LunarDate(int Year, int Month, int Day, bool LeapMonth);

/// <summary>
/// The Vietnamese lunisolar calendar, computed from the astronomy at UTC+7 (the country's time since 1968,
/// which is why Tết 1985 and 2007 differ from the Chinese New Year):
/// a month begins on the day of the new moon; the month holding the winter solstice is month 11; when
/// 13 months lie between one month 11 and the next, the first of them without a major solar term
/// (trung khí: the sun's longitude reaching a multiple of 30°) is the leap month and repeats the number
/// of the month before it. New moons follow Meeus' series (Astronomical Algorithms, ch. 49), the sun's
/// longitude his low-precision theory (ch. 25), good to about a minute and a quarter of an hour respectively;
/// dynamical time is turned into universal time with Espenak and Meeus' ΔT polynomials.
/// </summary>
public static class LunarCalendar
{
    /// <summary>The years for which the conversion is the official calendar (UTC+7) and well within the astronomy's reach.</summary>
    public const int FirstYear = 1968, LastYear = 2199;

    const double SynodicMonth = 29.530588861;
    const double Zone = 7.0 / 24;

    /// <summary>Julian day number (noon) of 1 January 2000, and the same day as a <see cref="DateOnly.DayNumber"/>.</summary>
    const int J2000Day = 2451545, J2000DayNumber = 730119;

    public static bool Covers(int year) => year is >= FirstYear and <= LastYear;

    /// <summary>Mùng 1 tháng Giêng: the first day of the lunar year that begins in this Gregorian year.</summary>
    public static DateOnly NewYear(int year) => ToSolar(new LunarDate(year, 1, 1, false));

    public static DateOnly ToSolar(LunarDate date)
    {
        // Months 11 and 12 of a lunar year fall (mostly) in the next Gregorian year.
        Check(date.Month >= 11 ? date.Year + 1 : date.Year);
        var (start, next) = date.Month < 11 ? (Month11(date.Year - 1), Month11(date.Year)) : (Month11(date.Year), Month11(date.Year + 1));
        var offset = date.Month - 11;
        if (offset < 0)
        {
            offset += 12;
        }

        if (next.Index - start.Index == 13)
        {
            var leap = LeapOffset(start.Index);
            var leapMonth = ((leap - 2) % 12 + 12) % 12;
            if (date.LeapMonth && date.Month != (leapMonth == 0 ? 12 : leapMonth))
            {
                throw new ArgumentOutOfRangeException(nameof(date), $"Năm âm lịch {date.Year} không có tháng {date.Month} nhuận.");
            }

            if (date.LeapMonth || offset >= leap)
            {
                offset++;
            }
        }
        else if (date.LeapMonth)
        {
            throw new ArgumentOutOfRangeException(nameof(date), $"Năm âm lịch {date.Year} không có tháng nhuận.");
        }

        var first = MonthStart(start.Index + offset);
        if (date.Day < 1 || date.Day > MonthStart(start.Index + offset + 1).DayNumber - first.DayNumber)
        {
            throw new ArgumentOutOfRangeException(nameof(date), $"Tháng {date.Month} âm lịch năm {date.Year} không có ngày {date.Day}.");
        }

        return first.AddDays(date.Day - 1);
    }

    public static LunarDate FromSolar(DateOnly date)
    {
        Check(date.Year);
        var index = MonthIndexOf(date);
        var start = Month11(date.Year);
        var next = Month11(date.Year + 1);
        if (start.Index > index)
        {
            next = start;
            start = Month11(date.Year - 1);
        }

        var passed = index - start.Index;
        var month = passed + 11;
        var leap = false;
        if (next.Index - start.Index == 13)
        {
            var leapOffset = LeapOffset(start.Index);
            if (passed >= leapOffset)
            {
                month--;
                leap = passed == leapOffset;
            }
        }

        if (month > 12)
        {
            month -= 12;
        }

        var year = month >= 11 && passed < 4 ? start.Date.Year : start.Date.Year + 1;
        return new LunarDate(year, month, date.DayNumber - MonthStart(index).DayNumber + 1, leap);
    }

    static void Check(int year)
    {
        if (!Covers(year))
        {
            throw new ArgumentOutOfRangeException(nameof(year), $"Âm lịch chỉ được tính cho các năm {FirstYear}–{LastYear}.");
        }
    }

    /// <summary>The first day of month 11 (the month holding the winter solstice) of a Gregorian year, with the number of its new moon.</summary>
    static (int Index, DateOnly Date) Month11(int year)
    {
        var solstice = LocalDate(SolarLongitudeMoment(270, new DateOnly(year, 12, 21)));
        var index = MonthIndexOf(solstice);
        return (index, MonthStart(index));
    }

    /// <summary>Of the 13 months after a month 11, the position (1–13) of the first that holds no major solar term.</summary>
    static int LeapOffset(int month11)
    {
        for (var offset = 1; offset <= 13; offset++)
        {
            if (Sector(MonthStart(month11 + offset)) == Sector(MonthStart(month11 + offset + 1)))
            {
                return offset;
            }
        }

        throw new InvalidOperationException("A year of 13 lunar months always has a month without a major solar term.");
    }

    /// <summary>Which 30° stretch of the ecliptic the sun is in at the midnight (UTC+7) that begins the day.</summary>
    static int Sector(DateOnly day) => (int)(SunLongitude(Midnight(day) + DeltaT(day.Year)) / 30);

    /// <summary>The number of the new moon that begins the lunar month holding the day (new moon 0: 6 January 2000).</summary>
    static int MonthIndexOf(DateOnly day)
    {
        var index = (int)Math.Floor((Midnight(day) - 2451550.09766) / SynodicMonth);
        while (MonthStart(index + 1) <= day)
        {
            index++;
        }

        while (MonthStart(index) > day)
        {
            index--;
        }

        return index;
    }

    /// <summary>The day (UTC+7) of new moon number <paramref name="index"/>.</summary>
    static DateOnly MonthStart(int index)
    {
        var moment = NewMoon(index);
        return LocalDate(moment - DeltaT(2000 + index / 12.3685));
    }

    static DateOnly LocalDate(double julianDay) => DateOnly.FromDayNumber((int)Math.Floor(julianDay + 0.5 + Zone) - J2000Day + J2000DayNumber);

    /// <summary>The Julian day (universal time) of the midnight at UTC+7 that begins the day.</summary>
    static double Midnight(DateOnly day) => day.DayNumber - J2000DayNumber + J2000Day - 0.5 - Zone;

    /// <summary>The moment (Julian day, dynamical time) of the new moon, per Meeus' series with its planetary terms.</summary>
    static double NewMoon(int k)
    {
        var t = k / 1236.85;
        var t2 = t * t;
        var t3 = t2 * t;
        var t4 = t3 * t;
        var jde = 2451550.09766 + SynodicMonth * k + 0.00015437 * t2 - 0.000000150 * t3 + 0.00000000073 * t4;
        var e = 1 - 0.002516 * t - 0.0000074 * t2;
        var m = Radians(2.5534 + 29.10535670 * k - 0.0000014 * t2 - 0.00000011 * t3);
        var mm = Radians(201.5643 + 385.81693528 * k + 0.0107582 * t2 + 0.00001238 * t3 - 0.000000058 * t4);
        var f = Radians(160.7108 + 390.67050284 * k - 0.0016118 * t2 - 0.00000227 * t3 + 0.000000011 * t4);
        var omega = Radians(124.7746 - 1.56375588 * k + 0.0020672 * t2 + 0.00000215 * t3);
        var correction =
            -0.40720 * Math.Sin(mm)
            + 0.17241 * e * Math.Sin(m)
            + 0.01608 * Math.Sin(2 * mm)
            + 0.01039 * Math.Sin(2 * f)
            + 0.00739 * e * Math.Sin(mm - m)
            - 0.00514 * e * Math.Sin(mm + m)
            + 0.00208 * e * e * Math.Sin(2 * m)
            - 0.00111 * Math.Sin(mm - 2 * f)
            - 0.00057 * Math.Sin(mm + 2 * f)
            + 0.00056 * e * Math.Sin(2 * mm + m)
            - 0.00042 * Math.Sin(3 * mm)
            + 0.00042 * e * Math.Sin(m + 2 * f)
            + 0.00038 * e * Math.Sin(m - 2 * f)
            - 0.00024 * e * Math.Sin(2 * mm - m)
            - 0.00017 * Math.Sin(omega)
            - 0.00007 * Math.Sin(mm + 2 * m)
            + 0.00004 * Math.Sin(2 * mm - 2 * f)
            + 0.00004 * Math.Sin(3 * m)
            + 0.00003 * Math.Sin(mm + m - 2 * f)
            + 0.00003 * Math.Sin(2 * mm + 2 * f)
            - 0.00003 * Math.Sin(mm + m + 2 * f)
            + 0.00003 * Math.Sin(mm - m + 2 * f)
            - 0.00002 * Math.Sin(mm - m - 2 * f)
            - 0.00002 * Math.Sin(3 * mm + m)
            + 0.00002 * Math.Sin(4 * mm);
        var planets =
            0.000325 * Math.Sin(Radians(299.77 + 0.107408 * k - 0.009173 * t2))
            + 0.000165 * Math.Sin(Radians(251.88 + 0.016321 * k))
            + 0.000164 * Math.Sin(Radians(251.83 + 26.651886 * k))
            + 0.000126 * Math.Sin(Radians(349.42 + 36.412478 * k))
            + 0.000110 * Math.Sin(Radians(84.66 + 18.206239 * k))
            + 0.000062 * Math.Sin(Radians(141.74 + 53.303771 * k))
            + 0.000060 * Math.Sin(Radians(207.14 + 2.453732 * k))
            + 0.000056 * Math.Sin(Radians(154.84 + 7.306860 * k))
            + 0.000047 * Math.Sin(Radians(34.52 + 27.261239 * k))
            + 0.000042 * Math.Sin(Radians(207.19 + 0.121824 * k))
            + 0.000040 * Math.Sin(Radians(291.34 + 1.844379 * k))
            + 0.000037 * Math.Sin(Radians(161.72 + 24.198154 * k))
            + 0.000035 * Math.Sin(Radians(239.56 + 25.513099 * k))
            + 0.000023 * Math.Sin(Radians(331.55 + 3.592518 * k));
        return jde + correction + planets;
    }

    /// <summary>The sun's apparent longitude in degrees [0, 360) at a Julian day of dynamical time.</summary>
    static double SunLongitude(double julianDay)
    {
        var t = (julianDay - 2451545.0) / 36525;
        var meanLongitude = 280.46646 + 36000.76983 * t + 0.0003032 * t * t;
        var anomaly = Radians(357.52911 + 35999.05029 * t - 0.0001537 * t * t);
        var centre = (1.914602 - 0.004817 * t - 0.000014 * t * t) * Math.Sin(anomaly)
            + (0.019993 - 0.000101 * t) * Math.Sin(2 * anomaly)
            + 0.000289 * Math.Sin(3 * anomaly);
        var node = Radians(125.04 - 1934.136 * t);
        var apparent = meanLongitude + centre - 0.00569 - 0.00478 * Math.Sin(node);
        return (apparent % 360 + 360) % 360;
    }

    /// <summary>When (Julian day, universal time) the sun reaches the longitude, starting the search near a day.</summary>
    static double SolarLongitudeMoment(double longitude, DateOnly near)
    {
        var deltaT = DeltaT(near.Year);
        var moment = Midnight(near);
        for (var step = 0; step < 6; step++)
        {
            var gap = longitude - SunLongitude(moment + deltaT);
            gap = (gap % 360 + 540) % 360 - 180;
            moment += gap / 360 * 365.2422;
        }

        return moment;
    }

    /// <summary>Dynamical time minus universal time, in days, after Espenak and Meeus' polynomials.</summary>
    static double DeltaT(double year)
    {
        double seconds;
        if (year < 1986)
        {
            var t = year - 1975;
            seconds = 45.45 + 1.067 * t - t * t / 260 - t * t * t / 718;
        }
        else if (year < 2005)
        {
            var t = year - 2000;
            seconds = 63.86 + 0.3345 * t - 0.060374 * t * t + 0.0017275 * Math.Pow(t, 3) + 0.000651814 * Math.Pow(t, 4) + 0.00002373599 * Math.Pow(t, 5);
        }
        else if (year < 2050)
        {
            var t = year - 2000;
            seconds = 62.92 + 0.32217 * t + 0.005589 * t * t;
        }
        else if (year < 2150)
        {
            var u = (year - 1820) / 100;
            seconds = -20 + 32 * u * u - 0.5628 * (2150 - year);
        }
        else
        {
            var u = (year - 1820) / 100;
            seconds = -20 + 32 * u * u;
        }

        return seconds / 86400;
    }

    static double Radians(double degrees) => degrees % 360 * Math.PI / 180;
}
