package xlsx

import (
	"fmt"
	"math"
	"time"
)

var (
	epoch1900 = time.Date(1899, 12, 31, 0, 0, 0, 0, time.UTC) // serial 0 = "1900-01-00"
	epoch1904 = time.Date(1904, 1, 1, 0, 0, 0, 0, time.UTC)
)

const msPerDay = 24 * 60 * 60 * 1000

// SerialToDate converts an Excel serial day number (with fraction) to a date
// in UTC, honouring the 1900 leap-year bug and the 1904 system.
//
// In the 1900 system serial 1 is 1900-01-01 and serial 60 is the nonexistent
// 1900-02-29 that Excel inherited from Lotus 1-2-3; it is reported as an
// error. Serials from 61 on are shifted by that phantom day (61 = 1900-03-01).
// In the 1904 system serial 0 is 1904-01-01. The time of day is rounded to the
// nearest millisecond (Excel's own precision). Negative serials, NaN, ±Inf and
// serials after 9999-12-31 are errors.
func SerialToDate(serial float64, date1904 bool) (time.Time, error) {
	if math.IsNaN(serial) || math.IsInf(serial, 0) || serial < 0 {
		return time.Time{}, fmt.Errorf("date serial %v out of range", serial)
	}
	maxSerial := 2958466.0 // 10000-01-01 in the 1900 system
	if date1904 {
		maxSerial -= 1462
	}
	if serial >= maxSerial {
		return time.Time{}, fmt.Errorf("date serial %v is after 9999-12-31", serial)
	}
	ms := int64(math.Round(serial * msPerDay))
	days, rem := ms/msPerDay, ms%msPerDay
	if days >= int64(maxSerial) {
		return time.Time{}, fmt.Errorf("date serial %v is after 9999-12-31", serial)
	}
	base := epoch1900
	if date1904 {
		base = epoch1904
	} else {
		if days == 60 {
			return time.Time{}, fmt.Errorf("date serial %v is 1900-02-29, a day that does not exist (Excel 1900 leap-year bug)", serial)
		}
		if days > 60 {
			days--
		}
	}
	return base.AddDate(0, 0, int(days)).Add(time.Duration(rem) * time.Millisecond), nil
}
