<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>Etalon</name>
    <message numerus="yes">
        <source>%1 is older than the lab: the %n audit entry(s) made since (the last at %2 UTC) would be lost; nothing was changed (--force to restore it anyway)</source>
        <translation>
            <numerusform>%1 cũ hơn phòng thí nghiệm: %n mục nhật ký ghi từ đó (mục cuối lúc %2 UTC) sẽ mất; không có gì thay đổi (dùng --force để vẫn khôi phục)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n audit entry(s) of the replaced lab are not in the restored one</source>
        <translation>
            <numerusform>%n mục nhật ký của phòng thí nghiệm bị thay thế không có trong bản đã khôi phục</numerusform>
        </translation>
    </message>
    <message>
        <source>on %1 Etalon put back triggers that had been removed or altered (%2): while they were missing, its guards against edits did not run</source>
        <translation>ngày %1 Etalon đã khôi phục các trigger đã bị gỡ bỏ hoặc sửa đổi (%2): trong thời gian thiếu chúng, các cơ chế bảo vệ chống sửa đổi của Etalon không hoạt động</translation>
    </message>
    <message>
        <source>on %1 Etalon found and removed triggers it did not make (%2): writes made while they were there may have been changed by them and sealed as made</source>
        <translation>ngày %1 Etalon đã tìm thấy và gỡ bỏ các trigger không do Etalon tạo (%2): các lần ghi trong thời gian chúng tồn tại có thể đã bị chúng thay đổi và được niêm phong như thật</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Cảnh báo: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) checked against its signature</source>
        <translation>
            <numerusform>%n giấy chứng nhận đã đối chiếu chữ ký</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n security event(s)</source>
        <translation>
            <numerusform>%n sự kiện bảo mật</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n signed checkpoint(s)</source>
        <translation>
            <numerusform>%n điểm kiểm soát đã ký</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row change(s)</source>
        <translation>
            <numerusform>%n thay đổi dòng</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n audit entry(s)</source>
        <translation>
            <numerusform>%n mục nhật ký</numerusform>
        </translation>
    </message>
    <message>
        <source>Lab intact: %1 sealing %2, %3, %4, %5</source>
        <translation>Phòng thí nghiệm nguyên vẹn: %1 niêm phong %2, %3, %4, %5</translation>
    </message>
    <message>
        <source>unterminated quoted field at line %1</source>
        <translation>trường trong dấu ngoặc kép chưa đóng ở dòng %1</translation>
    </message>
    <message>
        <source>number too large (more than 18 digits)</source>
        <translation>số quá lớn (hơn 18 chữ số)</translation>
    </message>
    <message>
        <source>not a finite number</source>
        <translation>không phải là một số hữu hạn</translation>
    </message>
    <message>
        <source>a number is required</source>
        <translation>cần nhập một số</translation>
    </message>
    <message>
        <source>“%1” has more than 18 significant digits</source>
        <translation>“%1” có hơn 18 chữ số có nghĩa</translation>
    </message>
    <message>
        <source>“%1” has more than one decimal separator (digit grouping is not accepted)</source>
        <translation>“%1” có nhiều hơn một dấu thập phân (không chấp nhận dấu phân cách hàng nghìn)</translation>
    </message>
    <message>
        <source>“%1” is not a number</source>
        <translation>“%1” không phải là số</translation>
    </message>
    <message>
        <source>“%1” has more than %2 decimal places</source>
        <translation>“%1” có hơn %2 chữ số thập phân</translation>
    </message>
    <message>
        <source>division by zero</source>
        <translation>chia cho không</translation>
    </message>
    <message>
        <source>rounding step must be positive</source>
        <translation>bước làm tròn phải dương</translation>
    </message>
    <message>
        <source>“%1” is not one of: %2</source>
        <translation>“%1” không thuộc: %2</translation>
    </message>
    <message>
        <source>%1 is required</source>
        <translation>cần nhập %1</translation>
    </message>
    <message>
        <source>tax code “%1” must be 10 digits, or 10 digits, a dash and 3 digits</source>
        <translation>mã số thuế “%1” phải gồm 10 chữ số, hoặc 10 chữ số, dấu gạch ngang và 3 chữ số</translation>
    </message>
    <message>
        <source>owner is required</source>
        <translation>cần nhập chủ sở hữu</translation>
    </message>
    <message>
        <source>%1 must be positive</source>
        <translation>%1 phải dương</translation>
    </message>
    <message>
        <source>year %1 is not plausible</source>
        <translation>năm %1 không hợp lý</translation>
    </message>
    <message>
        <source>date is required</source>
        <translation>cần nhập ngày</translation>
    </message>
    <message>
        <source>valid-until must be on or after the date</source>
        <translation>ngày hết hạn phải bằng hoặc sau ngày hiệu chuẩn</translation>
    </message>
    <message>
        <source>give exactly one of --by-lab (an external laboratory) or --by-standard</source>
        <translation>chỉ nêu một trong hai: --by-lab (phòng thí nghiệm bên ngoài) hoặc --by-standard</translation>
    </message>
    <message>
        <source>uncertainty cannot be negative</source>
        <translation>độ không đảm bảo đo không được âm</translation>
    </message>
    <message>
        <source>coverage factor k must be at least 1</source>
        <translation>hệ số phủ k phải ít nhất bằng 1</translation>
    </message>
    <message>
        <source>point %1: %2</source>
        <translation>điểm %1: %2</translation>
    </message>
    <message>
        <source>the change-point method needs the instrument's verification interval e</source>
        <translation>phương pháp điểm chuyển cần giá trị độ chia kiểm định e của phương tiện đo</translation>
    </message>
    <message>
        <source>a weight's reading needs its expanded uncertainty U (OIML R 111)</source>
        <translation>số đọc của quả cân cần độ không đảm bảo đo mở rộng U (OIML R 111)</translation>
    </message>
    <message>
        <source>U = %1 exceeds δm/3 = %2 mg: the measurement is inadequate for a verdict (OIML R 111)</source>
        <translation>U = %1 vượt quá δm/3 = %2 mg: phép đo không đủ tin cậy để kết luận (OIML R 111)</translation>
    </message>
    <message>
        <source>|error| %1 exceeds δm − U = %2</source>
        <translation>|sai số| %1 vượt quá δm − U = %2</translation>
    </message>
    <message>
        <source>|error| %1 exceeds the MPE %2</source>
        <translation>|sai số| %1 vượt quá sai số lớn nhất cho phép %2</translation>
    </message>
    <message>
        <source>repeatability: spread %1 exceeds the MPE %2</source>
        <translation>độ lặp lại: độ phân tán %1 vượt quá sai số lớn nhất cho phép %2</translation>
    </message>
    <message>
        <source>no indication recorded</source>
        <translation>chưa ghi số chỉ nào</translation>
    </message>
    <message>
        <source>a verification needs an MPE rule from its procedure</source>
        <translation>kiểm định cần quy tắc sai số lớn nhất cho phép từ quy trình</translation>
    </message>
    <message>
        <source>the record has no readings</source>
        <translation>biên bản chưa có số đọc nào</translation>
    </message>
    <message>
        <source>the MPE rule takes its percentage from the accuracy class, but the class “%1” is not a number</source>
        <translation>quy tắc sai số lấy phần trăm từ cấp chính xác, nhưng cấp “%1” không phải là số</translation>
    </message>
    <message>
        <source>OIML R 76 has no accuracy class “%1” (I, II, III or IIII)</source>
        <translation>OIML R 76 không có cấp chính xác “%1” (I, II, III hoặc IIII)</translation>
    </message>
    <message>
        <source>a load of %1 e is outside the OIML R 76 table for class %2</source>
        <translation>tải trọng %1 e nằm ngoài bảng OIML R 76 của cấp %2</translation>
    </message>
    <message>
        <source>OIML R 111 has no weight class “%1” (%2)</source>
        <translation>OIML R 111 không có cấp quả cân “%1” (%2)</translation>
    </message>
    <message>
        <source>OIML R 111 gives no MPE for a %1 weight of class %2</source>
        <translation>OIML R 111 không quy định sai số cho quả cân %1 cấp %2</translation>
    </message>
    <message>
        <source>%1 is not a nominal value of OIML R 111 (1, 2, 5 × 10ⁿ from 1 mg to 5000 kg)</source>
        <translation>%1 không phải giá trị danh định của OIML R 111 (1, 2, 5 × 10ⁿ từ 1 mg đến 5000 kg)</translation>
    </message>
    <message>
        <source>the fixed MPE rule has no value</source>
        <translation>quy tắc sai số cố định chưa có giá trị</translation>
    </message>
    <message>
        <source>an MPE in percent of span needs the instrument's measuring range</source>
        <translation>sai số theo phần trăm khoảng đo cần phạm vi đo của phương tiện</translation>
    </message>
    <message>
        <source>OIML R 76 needs the instrument's accuracy class (I, II, III or IIII)</source>
        <translation>OIML R 76 cần cấp chính xác của phương tiện đo (I, II, III hoặc IIII)</translation>
    </message>
    <message>
        <source>OIML R 76 needs the verification scale interval e of the instrument</source>
        <translation>OIML R 76 cần giá trị độ chia kiểm định e của phương tiện đo</translation>
    </message>
    <message>
        <source>OIML R 111 needs the weight's accuracy class (E1 … M3)</source>
        <translation>OIML R 111 cần cấp chính xác của quả cân (E1 … M3)</translation>
    </message>
    <message>
        <source>%1 is outside every band of the MPE table</source>
        <translation>%1 nằm ngoài mọi khoảng của bảng sai số</translation>
    </message>
    <message>
        <source>unknown MPE rule</source>
        <translation>quy tắc sai số không xác định</translation>
    </message>
    <message>
        <source>a piecewise MPE rule needs at least one band</source>
        <translation>quy tắc sai số từng khoảng cần ít nhất một khoảng</translation>
    </message>
    <message>
        <source>unknown MPE rule kind “%1”</source>
        <translation>loại quy tắc sai số không xác định “%1”</translation>
    </message>
    <message>
        <source>bad mode factor “%1”</source>
        <translation>hệ số chế độ không hợp lệ “%1”</translation>
    </message>
    <message>
        <source>±%1</source>
        <translation>±%1</translation>
    </message>
    <message>
        <source>±%1 % of reading</source>
        <translation>±%1 % giá trị đọc</translation>
    </message>
    <message>
        <source>± class % of reading</source>
        <translation>± cấp % giá trị đọc</translation>
    </message>
    <message>
        <source>±%1 % of span</source>
        <translation>±%1 % khoảng đo</translation>
    </message>
    <message>
        <source>± class % of span</source>
        <translation>± cấp % khoảng đo</translation>
    </message>
    <message>
        <source>OIML R 76 (multiples of e by accuracy class)</source>
        <translation>OIML R 76 (bội số của e theo cấp chính xác)</translation>
    </message>
    <message>
        <source>OIML R 111 (weights, by class and nominal value)</source>
        <translation>OIML R 111 (quả cân, theo cấp và giá trị danh định)</translation>
    </message>
    <message numerus="yes">
        <source>piecewise table (%n band(s))</source>
        <translation>
            <numerusform>bảng từng khoảng (%n khoảng)</numerusform>
        </translation>
    </message>
    <message>
        <source>unit mismatch: %1 (%2) cannot be compared with %3 (%4)</source>
        <translation>không khớp đơn vị: %1 (%2) không so sánh được với %3 (%4)</translation>
    </message>
    <message>
        <source>a quantity with its unit is required, e.g. “10 kg”</source>
        <translation>cần một đại lượng kèm đơn vị, ví dụ “10 kg”</translation>
    </message>
    <message>
        <source>“%1” does not start with a number</source>
        <translation>“%1” không bắt đầu bằng một số</translation>
    </message>
    <message>
        <source>“%1” has no unit</source>
        <translation>“%1” không có đơn vị</translation>
    </message>
    <message>
        <source>mass</source>
        <translation>khối lượng</translation>
    </message>
    <message>
        <source>volume</source>
        <translation>thể tích</translation>
    </message>
    <message>
        <source>volume flow</source>
        <translation>lưu lượng</translation>
    </message>
    <message>
        <source>pressure</source>
        <translation>áp suất</translation>
    </message>
    <message>
        <source>temperature</source>
        <translation>nhiệt độ</translation>
    </message>
    <message>
        <source>voltage</source>
        <translation>điện áp</translation>
    </message>
    <message>
        <source>current</source>
        <translation>dòng điện</translation>
    </message>
    <message>
        <source>resistance</source>
        <translation>điện trở</translation>
    </message>
    <message>
        <source>power</source>
        <translation>công suất</translation>
    </message>
    <message>
        <source>energy</source>
        <translation>năng lượng</translation>
    </message>
    <message>
        <source>length</source>
        <translation>độ dài</translation>
    </message>
    <message>
        <source>time</source>
        <translation>thời gian</translation>
    </message>
    <message>
        <source>frequency</source>
        <translation>tần số</translation>
    </message>
    <message>
        <source>ratio</source>
        <translation>tỷ số</translation>
    </message>
    <message>
        <source>unknown unit “%1”</source>
        <translation>đơn vị không xác định “%1”</translation>
    </message>
    <message>
        <source>entry %1 is missing (found %2 next)</source>
        <translation>thiếu bản ghi %1 (tiếp theo là %2)</translation>
    </message>
    <message>
        <source>entry %1 does not follow the entry before it</source>
        <translation>bản ghi %1 không nối tiếp bản ghi trước nó</translation>
    </message>
    <message>
        <source>entry %1 was altered after it was written</source>
        <translation>bản ghi %1 đã bị sửa sau khi ghi</translation>
    </message>
    <message>
        <source>no instrument type with code “%1” (see `catalog types`)</source>
        <translation>không có loại phương tiện đo mã “%1” (xem `catalog types`)</translation>
    </message>
    <message>
        <source>no procedure with code “%1” (see `catalog procedures`)</source>
        <translation>không có quy trình mã “%1” (xem `catalog procedures`)</translation>
    </message>
    <message>
        <source>missing resource %1</source>
        <translation>thiếu tài nguyên %1</translation>
    </message>
    <message>
        <source>a legal cycle is 1 to 240 months</source>
        <translation>chu kỳ kiểm định từ 1 đến 240 tháng</translation>
    </message>
    <message>
        <source>%1 is not in the lab's designation scope</source>
        <translation>%1 không thuộc phạm vi được chỉ định của phòng thí nghiệm</translation>
    </message>
    <message>
        <source>no database at %1</source>
        <translation>không có cơ sở dữ liệu tại %1</translation>
    </message>
    <message>
        <source>cannot open the database %1: %2</source>
        <translation>không mở được cơ sở dữ liệu %1: %2</translation>
    </message>
    <message>
        <source>%1 is not an Etalon database</source>
        <translation>%1 không phải cơ sở dữ liệu Etalon</translation>
    </message>
    <message>
        <source>the database is busy; try again: %1</source>
        <translation>cơ sở dữ liệu đang bận; hãy thử lại: %1</translation>
    </message>
    <message>
        <source>the database is read-only: %1</source>
        <translation>cơ sở dữ liệu chỉ đọc: %1</translation>
    </message>
    <message>
        <source>the disk is full: %1</source>
        <translation>đĩa đã đầy: %1</translation>
    </message>
    <message>
        <source>refused by the database: %1</source>
        <translation>cơ sở dữ liệu từ chối: %1</translation>
    </message>
    <message>
        <source>the server at %1 answered that %2: check the database and user names in the address</source>
        <translation>máy chủ tại %1 trả lời rằng %2: hãy kiểm tra tên cơ sở dữ liệu và tên người dùng trong địa chỉ</translation>
    </message>
    <message>
        <source>the server schema Etalon makes is missing from the program</source>
        <translation>chương trình thiếu lược đồ máy chủ mà Etalon tạo</translation>
    </message>
    <message>
        <source>storage error: %1</source>
        <translation>lỗi lưu trữ: %1</translation>
    </message>
    <message>
        <source>the database has schema version %1, newer than this program knows (%2); use a newer Etalon</source>
        <translation>cơ sở dữ liệu có phiên bản lược đồ %1, mới hơn phiên bản chương trình này biết (%2); hãy dùng Etalon mới hơn</translation>
    </message>
    <message>
        <source>the demo generation was cancelled</source>
        <translation>đã hủy việc tạo dữ liệu mẫu</translation>
    </message>
    <message>
        <source>--instruments takes 1 to 10000000</source>
        <translation>--instruments nhận giá trị từ 1 đến 10000000</translation>
    </message>
    <message>
        <source>--records takes 0 to 100000000</source>
        <translation>--records nhận giá trị từ 0 đến 100000000</translation>
    </message>
    <message>
        <source>--within takes 0 to 3660 days</source>
        <translation>--within nhận từ 0 đến 3660 ngày</translation>
    </message>
    <message>
        <source>%1 (%2) may not do this; it needs the role: %3</source>
        <translation>%1 (%2) không được làm việc này; cần vai trò: %3</translation>
    </message>
    <message>
        <source>the cryptography library failed to start</source>
        <translation>thư viện mật mã không khởi động được</translation>
    </message>
    <message>
        <source>out of memory while hashing the password</source>
        <translation>hết bộ nhớ khi băm mật khẩu</translation>
    </message>
    <message>
        <source>the law sets no %1 verification for %2</source>
        <translation>pháp luật không quy định kiểm định %1 cho %2</translation>
    </message>
    <message>
        <source>the date of the work is required (YYYY-MM-DD)</source>
        <translation>cần nhập ngày thực hiện (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>the date of the work %1 is after today %2</source>
        <translation>ngày thực hiện %1 sau ngày hôm nay %2</translation>
    </message>
    <message>
        <source>the instrument was received (%1) after the date of the work (%2)</source>
        <translation>phương tiện được nhận (%1) sau ngày thực hiện (%2)</translation>
    </message>
    <message>
        <source>an agreed interval applies to calibrations; a verification follows the legal cycle</source>
        <translation>chu kỳ thỏa thuận chỉ áp dụng cho hiệu chuẩn; kiểm định theo chu kỳ pháp định</translation>
    </message>
    <message>
        <source>the interval must be 1 to 120 months</source>
        <translation>chu kỳ phải từ 1 đến 120 tháng</translation>
    </message>
    <message>
        <source>%1 is outside the lab's designation scope</source>
        <translation>%1 nằm ngoài phạm vi được chỉ định của phòng thí nghiệm</translation>
    </message>
    <message>
        <source>the lab is designated for %1 up to %2; this instrument measures up to %3</source>
        <translation>phòng thí nghiệm được chỉ định cho %1 đến %2; phương tiện này đo đến %3</translation>
    </message>
    <message>
        <source>an initial verification of %1 needs the instrument's pattern-approval mark</source>
        <translation>kiểm định ban đầu %1 cần dấu phê duyệt mẫu của phương tiện đo</translation>
    </message>
    <message>
        <source>procedure %1 is for %2, not for %3</source>
        <translation>quy trình %1 dành cho %2, không phải cho %3</translation>
    </message>
    <message>
        <source>procedure %1 has no MPE rule, so it cannot verify</source>
        <translation>quy trình %1 không có quy tắc sai số nên không dùng để kiểm định được</translation>
    </message>
    <message>
        <source>no record with id %1</source>
        <translation>không có biên bản số %1</translation>
    </message>
    <message>
        <source>record %1 is %2 and can no longer be changed</source>
        <translation>biên bản %1 ở trạng thái %2 và không thể sửa nữa</translation>
    </message>
    <message>
        <source>record %1 belongs to another technician</source>
        <translation>biên bản %1 thuộc kiểm định viên khác</translation>
    </message>
    <message>
        <source>at least one indication is required</source>
        <translation>cần ít nhất một số chỉ</translation>
    </message>
    <message>
        <source>an uncertainty cannot be negative</source>
        <translation>độ không đảm bảo đo không được âm</translation>
    </message>
    <message>
        <source>the checklist item is required</source>
        <translation>cần nêu hạng mục kiểm tra</translation>
    </message>
    <message>
        <source>a written reason is required to allow a standard</source>
        <translation>cần lý do bằng văn bản để cho phép dùng chuẩn</translation>
    </message>
    <message>
        <source>a legal verification allows no expired standard: its result would be void</source>
        <translation>kiểm định pháp định không cho phép dùng chuẩn hết hạn: kết quả sẽ vô hiệu</translation>
    </message>
    <message>
        <source>a manager may not approve a record they performed themselves</source>
        <translation>người quản lý không được phê duyệt biên bản do chính mình thực hiện</translation>
    </message>
    <message>
        <source>a reason is required to send a record back</source>
        <translation>cần lý do khi trả lại biên bản</translation>
    </message>
    <message>
        <source>standard %1 allowed: %2</source>
        <translation>chuẩn %1 được cho phép: %2</translation>
    </message>
    <message>
        <source>the lab itself is created by `init`</source>
        <translation>bản thân phòng thí nghiệm được tạo bằng lệnh `init`</translation>
    </message>
    <message>
        <source>no organisation with id %1</source>
        <translation>không có tổ chức số %1</translation>
    </message>
    <message>
        <source>no instrument with id %1</source>
        <translation>không có phương tiện đo số %1</translation>
    </message>
    <message>
        <source>the date of the transfer is required (YYYY-MM-DD)</source>
        <translation>cần nhập ngày chuyển giao (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>the date %1 is in the future</source>
        <translation>ngày %1 ở tương lai</translation>
    </message>
    <message>
        <source>the instrument already belongs to organisation %1</source>
        <translation>phương tiện đo đã thuộc tổ chức %1</translation>
    </message>
    <message>
        <source>the transfer date is before the current owner's date %1</source>
        <translation>ngày chuyển giao trước ngày của chủ sở hữu hiện tại %1</translation>
    </message>
    <message>
        <source>the standard “%1” with serial “%2” is already registered (standard %3)</source>
        <translation>chuẩn “%1” số sê-ri “%2” đã được đăng ký (chuẩn %3)</translation>
    </message>
    <message>
        <source>a reason is required to change a standard's status</source>
        <translation>cần lý do để thay đổi trạng thái của chuẩn</translation>
    </message>
    <message>
        <source>standard %1 is retired; a retired standard does not return to service</source>
        <translation>chuẩn %1 đã loại bỏ; chuẩn đã loại bỏ không được đưa lại vào sử dụng</translation>
    </message>
    <message>
        <source>a standard cannot calibrate itself</source>
        <translation>chuẩn không thể tự hiệu chuẩn chính nó</translation>
    </message>
    <message>
        <source>organisation %1 is a customer, not a calibration laboratory or national institute</source>
        <translation>tổ chức %1 là khách hàng, không phải phòng hiệu chuẩn hay viện đo lường quốc gia</translation>
    </message>
    <message>
        <source>no standard with id %1</source>
        <translation>không có chuẩn số %1</translation>
    </message>
    <message>
        <source>standard %1 “%2” (%3)</source>
        <translation>chuẩn %1 “%2” (%3)</translation>
    </message>
    <message>
        <source>%1 was %2 on %3</source>
        <translation>%1 ở trạng thái %2 vào ngày %3</translation>
    </message>
    <message>
        <source>%1 has no calibration made on or before %2</source>
        <translation>%1 không có lần hiệu chuẩn nào vào hoặc trước ngày %2</translation>
    </message>
    <message>
        <source>%1: its calibration expired on %2, before the date of the work %3</source>
        <translation>%1: hiệu chuẩn đã hết hạn ngày %2, trước ngày thực hiện %3</translation>
    </message>
    <message>
        <source>a user name has 2 to 64 letters, digits, dots, dashes or underscores</source>
        <translation>tên người dùng gồm 2 đến 64 chữ cái, chữ số, dấu chấm, gạch ngang hoặc gạch dưới</translation>
    </message>
    <message>
        <source>the lab's name is required</source>
        <translation>cần nhập tên phòng thí nghiệm</translation>
    </message>
    <message>
        <source>this database already holds the lab “%1”</source>
        <translation>cơ sở dữ liệu này đã chứa phòng thí nghiệm “%1”</translation>
    </message>
    <message>
        <source>wrong user or password</source>
        <translation>sai tên người dùng hoặc mật khẩu</translation>
    </message>
    <message>
        <source>the user's full name is required</source>
        <translation>cần nhập họ tên của người dùng</translation>
    </message>
    <message>
        <source>a user named “%1” already exists</source>
        <translation>người dùng “%1” đã tồn tại</translation>
    </message>
    <message>
        <source>the field of the authorisation is required</source>
        <translation>cần nêu lĩnh vực được ủy quyền</translation>
    </message>
    <message>
        <source>the verifier card's number is required</source>
        <translation>cần số thẻ kiểm định viên</translation>
    </message>
    <message>
        <source>valid-until must be a date (YYYY-MM-DD)</source>
        <translation>ngày hết hạn phải là một ngày (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>no user named “%1”</source>
        <translation>không có người dùng “%1”</translation>
    </message>
    <message>
        <source>the technician holds no verifier card for the field “%1”</source>
        <translation>kiểm định viên không có chứng chỉ cho lĩnh vực “%1”</translation>
    </message>
    <message>
        <source>the technician's verifier card for “%1” expired on %2, before the date of the work %3</source>
        <translation>thẻ kiểm định viên lĩnh vực “%1” đã hết hạn ngày %2, trước ngày thực hiện %3</translation>
    </message>
    <message>
        <source>cannot write the CSV file: %1</source>
        <translation>không ghi được tệp CSV: %1</translation>
    </message>
    <message>
        <source>--%1 needs a value</source>
        <translation>--%1 cần một giá trị</translation>
    </message>
    <message>
        <source>%1 holds no lab yet; run `etalon-cli init --lab-name …` first</source>
        <translation>%1 chưa có phòng thí nghiệm; hãy chạy `etalon-cli init --lab-name …` trước</translation>
    </message>
    <message>
        <source>sign in with --user NAME or $ETALON_USER (password in $ETALON_PASSWORD)</source>
        <translation>đăng nhập bằng --user TÊN hoặc $ETALON_USER (mật khẩu trong $ETALON_PASSWORD)</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Mật khẩu của %1: </translation>
    </message>
    <message>
        <source>no password: set $%1 or run on a terminal</source>
        <translation>không có mật khẩu: đặt $%1 hoặc chạy trên cửa sổ dòng lệnh</translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <translation>cần nhập --%1</translation>
    </message>
    <message>
        <source>“%1” is not a date (YYYY-MM-DD)</source>
        <translation>“%1” không phải ngày (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>--%1 takes a whole number from %2 to %3, not “%4”</source>
        <translation>--%1 nhận số nguyên từ %2 đến %3, không phải “%4”</translation>
    </message>
    <message>
        <source>the %1 id is required</source>
        <translation>cần số hiệu %1</translation>
    </message>
    <message>
        <source>“%1” is not an id (a positive whole number)</source>
        <translation>“%1” không phải số hiệu (số nguyên dương)</translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>Mật khẩu mới của %1: </translation>
    </message>
    <message>
        <source>Lab “%1” created in %2; admin user: %3</source>
        <translation>Đã tạo phòng thí nghiệm “%1” trong %2; người quản trị: %3</translation>
    </message>
    <message>
        <source>Password for the new user %1: </source>
        <translation>Mật khẩu cho người dùng mới %1: </translation>
    </message>
    <message>
        <source>User %1 (%2) added with id %3</source>
        <translation>Đã thêm người dùng %1 (%2) với số hiệu %3</translation>
    </message>
    <message>
        <source>Password of %1 changed</source>
        <translation>Đã đổi mật khẩu của %1</translation>
    </message>
    <message>
        <source>%1 authorised for %2 until %3 (card %4)</source>
        <translation>%1 được ủy quyền lĩnh vực %2 đến %3 (chứng chỉ %4)</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 tháng</translation>
    </message>
    <message>
        <source>no cycle</source>
        <translation>không có chu kỳ</translation>
    </message>
    <message>
        <source>(unconfirmed)</source>
        <translation>(chưa xác nhận)</translation>
    </message>
    <message>
        <source>--confirmed takes yes or no</source>
        <translation>--confirmed nhận yes hoặc no</translation>
    </message>
    <message>
        <source>%1 updated</source>
        <translation>Đã cập nhật %1</translation>
    </message>
    <message>
        <source>	up to %1</source>
        <translation>	đến %1</translation>
    </message>
    <message>
        <source>%1 is in the designation scope</source>
        <translation>%1 thuộc phạm vi được chỉ định</translation>
    </message>
    <message>
        <source>%1 removed from the designation scope</source>
        <translation>Đã bỏ %1 khỏi phạm vi được chỉ định</translation>
    </message>
    <message>
        <source>the audit trail is broken at entry %1: %2</source>
        <translation>nhật ký kiểm tra bị đứt tại bản ghi %1: %2</translation>
    </message>
    <message>
        <source>Demo data: %1 organisations, %2 standards, %3 instruments, %4 records in %5 s</source>
        <translation>Dữ liệu mẫu: %1 tổ chức, %2 chuẩn, %3 phương tiện đo, %4 biên bản trong %5 giây</translation>
    </message>
    <message>
        <source>
The password comes from $ETALON_PASSWORD (or a prompt); the user from --user or $ETALON_USER.
Exit codes: 0 success, 2 bad input, 3 refused by a rule, 4 authentication or permission, 5 not found, 1 other.
</source>
        <translation>
Mật khẩu lấy từ $ETALON_PASSWORD (hoặc hỏi khi chạy); người dùng từ --user hoặc $ETALON_USER.
Mã thoát: 0 thành công, 2 dữ liệu vào sai, 3 bị quy tắc từ chối, 4 xác thực hoặc quyền, 5 không tìm thấy, 1 lỗi khác.
</translation>
    </message>
    <message>
        <source>unknown command “%1”; see `etalon-cli help`</source>
        <translation>lệnh không xác định “%1”; xem `etalon-cli help`</translation>
    </message>
    <message>
        <source>  %1. ref %2  ind %3  error %4  MPE ±%5  %6%7</source>
        <translation>  %1. chuẩn %2  chỉ %3  sai số %4  SSLNCP ±%5  %6%7</translation>
    </message>
    <message>
        <source>Record %1: %2 of instrument %3 (%4 %5) on %6, %7
</source>
        <translation>Biên bản %1: %2 phương tiện %3 (%4 %5) ngày %6, %7
</translation>
    </message>
    <message>
        <source>  check failed: %1 %2
</source>
        <translation>  kiểm tra không đạt: %1 %2
</translation>
    </message>
    <message>
        <source>Verdict: %1; next due: %2</source>
        <translation>Kết luận: %1; hạn tiếp theo: %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <source>Record %1 started (%2, procedure %3)</source>
        <translation>Đã mở biên bản %1 (%2, quy trình %3)</translation>
    </message>
    <message>
        <source>--indication is required</source>
        <translation>cần nhập --indication</translation>
    </message>
    <message>
        <source>give exactly one of --pass or --fail</source>
        <translation>chỉ nêu một trong hai: --pass hoặc --fail</translation>
    </message>
    <message>
        <source>Check “%1”: %2</source>
        <translation>Kiểm tra “%1”: %2</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>đạt</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>không đạt</translation>
    </message>
    <message>
        <source>Standard %1 allowed for record %2</source>
        <translation>Cho phép dùng chuẩn %1 cho biên bản %2</translation>
    </message>
    <message>
        <source>Record %1 approved</source>
        <translation>Đã phê duyệt biên bản %1</translation>
    </message>
    <message>
        <source>Record %1 sent back to the technician: %2</source>
        <translation>Đã trả biên bản %1 cho kiểm định viên: %2</translation>
    </message>
    <message>
        <source>give at most one of --standards or --instruments</source>
        <translation>chỉ nêu nhiều nhất một trong hai: --standards hoặc --instruments</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>không ghi được %1: %2</translation>
    </message>
    <message>
        <source>%1 days overdue</source>
        <translation>quá hạn %1 ngày</translation>
    </message>
    <message>
        <source>in %1 days</source>
        <translation>còn %1 ngày</translation>
    </message>
    <message>
        <source>Nothing falls due.</source>
        <translation>Không có gì đến hạn.</translation>
    </message>
    <message>
        <source>Organisation %1 added: %2</source>
        <translation>Đã thêm tổ chức %1: %2</translation>
    </message>
    <message>
        <source>Instrument %1 registered: %2 serial %3%4</source>
        <translation>Đã đăng ký phương tiện đo %1: %2 số sê-ri %3%4</translation>
    </message>
    <message>
        <source> (number assigned by the lab)</source>
        <translation> (số do phòng thí nghiệm cấp)</translation>
    </message>
    <message>
        <source>
manufacturer %1 (%2), model %3, year %4
range %5 – %6, d = %7, e = %8, class %9</source>
        <translation>
nhà sản xuất %1 (%2), kiểu %3, năm %4
phạm vi đo %5 – %6, d = %7, e = %8, cấp %9</translation>
    </message>
    <message>
        <source>Instrument %1 now belongs to organisation %2</source>
        <translation>Phương tiện đo %1 nay thuộc tổ chức %2</translation>
    </message>
    <message>
        <source>Standard %1 added: %2</source>
        <translation>Đã thêm chuẩn %1: %2</translation>
    </message>
    <message>
        <source>Standard %1 is now %2</source>
        <translation>Chuẩn %1 nay ở trạng thái %2</translation>
    </message>
    <message>
        <source>--%1 must follow the --value it belongs to</source>
        <translation>--%1 phải đứng sau --value mà nó thuộc về</translation>
    </message>
    <message>
        <source>Calibration %1 of standard %2 recorded, valid until %3</source>
        <translation>Đã ghi lần hiệu chuẩn %1 của chuẩn %2, hiệu lực đến %3</translation>
    </message>
    <message>
        <source>Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng Tuyên Quang (DEMO)</source>
        <translation>Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng Tuyên Quang (DEMO)</translation>
    </message>
    <message>
        <source>Calibration and verification laboratory</source>
        <translation>Phòng kiểm định và hiệu chuẩn</translation>
    </message>
    <message>
        <source>Lab database to open.</source>
        <translation>Cơ sở dữ liệu phòng thí nghiệm cần mở.</translation>
    </message>
    <message>
        <source>Open the lab, then quit (a start-up check).</source>
        <translation>Mở phòng thí nghiệm rồi thoát (kiểm tra khởi động).</translation>
    </message>
    <message>
        <source>Etalon</source>
        <translation>Etalon</translation>
    </message>
    <message>
        <source>Usage: etalon-cli [--db FILE] [--user NAME] [--json] [--lang vi|en] COMMAND ...

Commands:
</source>
        <translation>Cách dùng: etalon-cli [--db TỆP] [--user TÊN] [--json] [--lang vi|en] LỆNH ...

Các lệnh:
</translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <source>“%1” is not a time zone (e.g. Asia/Ho_Chi_Minh)</source>
        <translation>“%1” không phải múi giờ (ví dụ Asia/Ho_Chi_Minh)</translation>
    </message>
    <message>
        <source>the serial prefix has 1 to 12 capital letters, digits or dashes</source>
        <translation>tiền tố số sê-ri gồm 1 đến 12 chữ in hoa, chữ số hoặc gạch ngang</translation>
    </message>
    <message>
        <source>“%1” is not a setting; the settings are: %2</source>
        <translation>“%1” không phải một thiết lập; các thiết lập gồm: %2</translation>
    </message>
    <message>
        <source>%1  %2  %3  %4  %5  %6
</source>
        <translation>%1  %2  %3  %4  %5  %6
</translation>
    </message>
    <message>
        <source>contribution</source>
        <translation>thành phần</translation>
    </message>
    <message>
        <source>u(xi)</source>
        <translation>u(xi)</translation>
    </message>
    <message>
        <source>ci</source>
        <translation>ci</translation>
    </message>
    <message>
        <source>|ci·u(xi)|</source>
        <translation>|ci·u(xi)|</translation>
    </message>
    <message>
        <source>νi</source>
        <translation>νi</translation>
    </message>
    <message>
        <source>share</source>
        <translation>tỷ trọng</translation>
    </message>
    <message>
        <source>u_c = %1 %2
</source>
        <translation>u_c = %1 %2
</translation>
    </message>
    <message>
        <source>ν_eff = %1
</source>
        <translation>ν_eff = %1
</translation>
    </message>
    <message>
        <source>k = %1 (fixed)
</source>
        <translation>k = %1 (cố định)
</translation>
    </message>
    <message>
        <source>k = %1 for p = %2 %
</source>
        <translation>k = %1 với p = %2 %
</translation>
    </message>
    <message>
        <source>U = %1 %2 (unrounded)
</source>
        <translation>U = %1 %2 (chưa làm tròn)
</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>Kết quả: %1</translation>
    </message>
    <message>
        <source>the budget file is required</source>
        <translation>cần tệp bảng ngân sách độ không đảm bảo đo</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>không đọc được %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>contribution “%1”, %2: %3</source>
        <translation>thành phần “%1”, %2: %3</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>phải là một số</translation>
    </message>
    <message>
        <source>unknown distribution “%1” (rectangular, triangular, arcsine, normal)</source>
        <translation>phân bố không xác định “%1” (rectangular, triangular, arcsine, normal)</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>give exactly one of standard_uncertainty, expanded, half_width or observations</source>
        <translation>chỉ nêu một trong: standard_uncertainty, expanded, half_width hoặc observations</translation>
    </message>
    <message>
        <source>k must be at least 1</source>
        <translation>k phải ít nhất bằng 1</translation>
    </message>
    <message>
        <source>must lie strictly between 0 and 1</source>
        <translation>phải nằm trong khoảng (0, 1)</translation>
    </message>
    <message>
        <source>degrees of freedom must be positive</source>
        <translation>bậc tự do phải dương</translation>
    </message>
    <message>
        <source>an expanded uncertainty needs its k or its coverage_probability</source>
        <translation>độ không đảm bảo đo mở rộng cần hệ số k hoặc xác suất phủ coverage_probability</translation>
    </message>
    <message>
        <source>a normal half-width needs its k</source>
        <translation>nửa khoảng phân bố chuẩn cần hệ số k</translation>
    </message>
    <message>
        <source>must be a list of numbers</source>
        <translation>phải là một danh sách số</translation>
    </message>
    <message>
        <source>at least %1 observations are needed</source>
        <translation>cần ít nhất %1 lần quan trắc</translation>
    </message>
    <message>
        <source>give either k or coverage_probability, not both</source>
        <translation>chỉ nêu k hoặc coverage_probability, không nêu cả hai</translation>
    </message>
    <message>
        <source>a non-empty list of contributions is required</source>
        <translation>cần một danh sách thành phần không rỗng</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>phải là một đối tượng</translation>
    </message>
    <message>
        <source>a correlation names two contributions by name</source>
        <translation>một tương quan nêu tên hai thành phần</translation>
    </message>
    <message>
        <source>r lies between −1 and 1</source>
        <translation>r nằm trong khoảng −1 đến 1</translation>
    </message>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation>JSON không hợp lệ tại vị trí %1: %2</translation>
    </message>
    <message>
        <source>the budget must be a JSON object</source>
        <translation>bảng ngân sách phải là một đối tượng JSON</translation>
    </message>
    <message>
        <source>unknown decision rule “%1”</source>
        <translation>quy tắc quyết định không xác định “%1”</translation>
    </message>
    <message>
        <source>the guard band cannot be negative</source>
        <translation>dải bảo vệ không được âm</translation>
    </message>
    <message>
        <source>Simple acceptance (ILAC-G8:09/2019 4.2.1): a result conforms when its error lies within the maximum permissible error; the measurement uncertainty is not deducted.</source>
        <translation>Chấp nhận đơn giản (ILAC-G8:09/2019 4.2.1): kết quả phù hợp khi sai số nằm trong sai số lớn nhất cho phép; không trừ độ không đảm bảo đo.</translation>
    </message>
    <message>
        <source>Guarded acceptance (ILAC-G8:09/2019 4.2.2): a result conforms when its error lies within the maximum permissible error reduced by a guard band w = %1 × U.</source>
        <translation>Chấp nhận có dải bảo vệ (ILAC-G8:09/2019 4.2.2): kết quả phù hợp khi sai số nằm trong sai số lớn nhất cho phép trừ đi dải bảo vệ w = %1 × U.</translation>
    </message>
    <message>
        <source>OIML R 111-1: the expanded uncertainty U (k = 2) may not exceed one third of the maximum permissible error δm, and the conventional mass conforms when |m − m₀| ≤ δm − U.</source>
        <translation>OIML R 111-1: độ không đảm bảo đo mở rộng U (k = 2) không được vượt quá một phần ba sai số lớn nhất cho phép δm, và khối lượng quy ước phù hợp khi |m − m₀| ≤ δm − U.</translation>
    </message>
    <message>
        <source>U exceeds δm/3: no verdict</source>
        <translation>U vượt quá δm/3: không kết luận</translation>
    </message>
    <message>
        <source>|error| ≤ δm − U</source>
        <translation>|sai số| ≤ δm − U</translation>
    </message>
    <message>
        <source>|error| &gt; δm − U</source>
        <translation>|sai số| &gt; δm − U</translation>
    </message>
    <message>
        <source>|error| within the acceptance limit MPE − w = %1</source>
        <translation>|sai số| trong giới hạn chấp nhận SSLNCP − w = %1</translation>
    </message>
    <message>
        <source>|error| within the MPE but inside the guard band w = %1</source>
        <translation>|sai số| trong SSLNCP nhưng nằm trong dải bảo vệ w = %1</translation>
    </message>
    <message>
        <source>|error| beyond the acceptance limit MPE − w = %1</source>
        <translation>|sai số| vượt giới hạn chấp nhận SSLNCP − w = %1</translation>
    </message>
    <message>
        <source>|error| ≤ MPE</source>
        <translation>|sai số| ≤ SSLNCP</translation>
    </message>
    <message>
        <source>|error| &gt; MPE</source>
        <translation>|sai số| &gt; SSLNCP</translation>
    </message>
    <message>
        <source>pass, but within U of the limit</source>
        <translation>đạt, nhưng cách giới hạn chưa đến U</translation>
    </message>
    <message>
        <source>fail, but within U of the limit</source>
        <translation>không đạt, nhưng cách giới hạn chưa đến U</translation>
    </message>
    <message>
        <source>the x and y lists differ in length</source>
        <translation>hai danh sách x và y khác độ dài</translation>
    </message>
    <message>
        <source>a straight line with uncertainties needs at least three points</source>
        <translation>đường thẳng kèm độ không đảm bảo đo cần ít nhất ba điểm</translation>
    </message>
    <message>
        <source>the x values are all equal: no slope can be fitted</source>
        <translation>mọi giá trị x bằng nhau: không xác định được độ dốc</translation>
    </message>
    <message>
        <source>at least two observations are needed</source>
        <translation>cần ít nhất hai lần quan trắc</translation>
    </message>
    <message>
        <source>no observation given</source>
        <translation>chưa có lần quan trắc nào</translation>
    </message>
    <message>
        <source>a standard deviation cannot be negative</source>
        <translation>độ lệch chuẩn không được âm</translation>
    </message>
    <message>
        <source>a coverage probability lies strictly between 0 and 1, not %1</source>
        <translation>xác suất phủ phải nằm trong khoảng (0, 1), không phải %1</translation>
    </message>
    <message>
        <source>the relative reliability must be positive</source>
        <translation>độ tin cậy tương đối phải dương</translation>
    </message>
    <message>
        <source>a budget needs at least one contribution</source>
        <translation>bảng ngân sách cần ít nhất một thành phần</translation>
    </message>
    <message>
        <source>a correlation names two different contributions</source>
        <translation>một tương quan nêu hai thành phần khác nhau</translation>
    </message>
    <message>
        <source>a correlation coefficient lies between −1 and 1</source>
        <translation>hệ số tương quan nằm trong khoảng −1 đến 1</translation>
    </message>
    <message>
        <source>the correlations give a negative variance</source>
        <translation>các tương quan cho phương sai âm</translation>
    </message>
    <message>
        <source>--%1 must be JSON: %2</source>
        <translation>--%1 phải là JSON: %2</translation>
    </message>
    <message>
        <source>  warning: %1
</source>
        <translation>  cảnh báo: %1
</translation>
    </message>
    <message>
        <source>
  U = %1 %2 (k = %3)</source>
        <translation>
  U = %1 %2 (k = %3)</translation>
    </message>
    <message>
        <source>
  warning: %1</source>
        <translation>
  cảnh báo: %1</translation>
    </message>
    <message>
        <source>the procedure sets limits for the %1, but it was not recorded</source>
        <translation>quy trình quy định giới hạn %1 nhưng chưa ghi giá trị</translation>
    </message>
    <message>
        <source>the %1 %2 is outside the procedure's limits %3 to %4</source>
        <translation>%1 %2 nằm ngoài giới hạn của quy trình từ %3 đến %4</translation>
    </message>
    <message>
        <source>test uncertainty ratio %1:1 is below the procedure's minimum %2:1</source>
        <translation>tỷ số độ không đảm bảo đo %1:1 thấp hơn mức tối thiểu %2:1 của quy trình</translation>
    </message>
    <message>
        <source>no uncertainty is known for this point: simple acceptance was applied</source>
        <translation>chưa biết độ không đảm bảo đo của điểm này: đã áp dụng chấp nhận đơn giản</translation>
    </message>
    <message>
        <source>a budget term needs a name</source>
        <translation>thành phần ngân sách cần có tên</translation>
    </message>
    <message>
        <source>reference standard (certificate %1)</source>
        <translation>chuẩn tham chiếu (giấy chứng nhận %1)</translation>
    </message>
    <message>
        <source>drift of the reference standard</source>
        <translation>độ trôi của chuẩn tham chiếu</translation>
    </message>
    <message>
        <source>resolution of the instrument</source>
        <translation>độ phân giải của phương tiện đo</translation>
    </message>
    <message>
        <source>repeatability</source>
        <translation>độ lặp lại</translation>
    </message>
    <message>
        <source>nothing is known of this point's uncertainty: the standard's certificate gives no uncertainty and the instrument has no resolution</source>
        <translation>chưa có thông tin về độ không đảm bảo đo của điểm này: giấy chứng nhận của chuẩn không nêu độ không đảm bảo đo và phương tiện đo không có độ phân giải</translation>
    </message>
    <message>
        <source>limits are set for temperature and humidity, not “%1”</source>
        <translation>giới hạn chỉ đặt cho nhiệt độ và độ ẩm, không phải “%1”</translation>
    </message>
    <message>
        <source>a limit's action is refuse or warn</source>
        <translation>hành động của giới hạn là refuse hoặc warn</translation>
    </message>
    <message>
        <source>the minimum TUR must be positive</source>
        <translation>tỷ số TUR tối thiểu phải dương</translation>
    </message>
    <message>
        <source>humidity</source>
        <translation>độ ẩm</translation>
    </message>
    <message>
        <source>Calibration curve: error = %1 + %2 × reference (u = %3, %4; r = %5)
</source>
        <translation>Đường hiệu chuẩn: sai số = %1 + %2 × giá trị chuẩn (u = %3, %4; r = %5)
</translation>
    </message>
    <message>
        <source>%1 is 0 or 1</source>
        <translation>%1 nhận 0 hoặc 1</translation>
    </message>
    <message>
        <source>Certificate %1 (%2) of record %3, issued %4: %5%6</source>
        <translation>Giấy chứng nhận %1 (%2) của biên bản %3, cấp ngày %4: %5%6</translation>
    </message>
    <message>
        <source>, suspect</source>
        <translation>, đang xem xét</translation>
    </message>
    <message>
        <source>Signing passphrase: </source>
        <translation>Mật khẩu ký số: </translation>
    </message>
    <message>
        <source>
Written to %1</source>
        <translation>
Đã ghi vào %1</translation>
    </message>
    <message>
        <source>
The file is exactly as issued.</source>
        <translation>
Tệp đúng như bản đã cấp.</translation>
    </message>
    <message>
        <source>the QR code of certificate %1 does not carry the lab's signature</source>
        <translation>mã QR của giấy chứng nhận %1 không mang chữ ký của phòng thí nghiệm</translation>
    </message>
    <message>
        <source>Signature valid: certificate %1 issued %2</source>
        <translation>Chữ ký hợp lệ: giấy chứng nhận %1 cấp ngày %2</translation>
    </message>
    <message>
        <source>Public key written to %1</source>
        <translation>Đã ghi khóa công khai vào %1</translation>
    </message>
    <message>
        <source>Record %1 opened as a revision of record %2</source>
        <translation>Đã mở biên bản %1 là bản sửa đổi của biên bản %2</translation>
    </message>
    <message>
        <source>%1 stamps of series %2 registered</source>
        <translation>Đã đăng ký %1 tem của sê-ri %2</translation>
    </message>
    <message>
        <source>Stamp %1 voided</source>
        <translation>Đã hủy tem %1</translation>
    </message>
    <message>
        <source>“%1” is not one of: vi, en, bilingual</source>
        <translation>“%1” không thuộc: vi, en, bilingual</translation>
    </message>
    <message>
        <source>the stored certificate content is unreadable</source>
        <translation>không đọc được nội dung giấy chứng nhận đã lưu</translation>
    </message>
    <message>
        <source>not an Etalon certificate QR payload</source>
        <translation>không phải nội dung mã QR giấy chứng nhận Etalon</translation>
    </message>
    <message>
        <source>no certificate renderer is available</source>
        <translation>không có bộ tạo giấy chứng nhận</translation>
    </message>
    <message>
        <source>record %1 already has its certificate</source>
        <translation>biên bản %1 đã được cấp giấy chứng nhận</translation>
    </message>
    <message>
        <source>record %1 is %2; only an approved record gets a certificate</source>
        <translation>biên bản %1 ở trạng thái %2; chỉ biên bản đã phê duyệt mới được cấp giấy chứng nhận</translation>
    </message>
    <message>
        <source>a verification document is in Vietnamese, or bilingual, never in English alone</source>
        <translation>văn bản kiểm định bằng tiếng Việt hoặc song ngữ, không bao giờ chỉ bằng tiếng Anh</translation>
    </message>
    <message>
        <source>a failed verification gets no stamp</source>
        <translation>phương tiện không đạt không được dán tem</translation>
    </message>
    <message>
        <source>calibration labels are not drawn from the verification stamp register</source>
        <translation>tem hiệu chuẩn không lấy từ sổ tem kiểm định</translation>
    </message>
    <message>
        <source>issuing signs the certificate: give the signing passphrase ($ETALON_SIGNING_PASSPHRASE)</source>
        <translation>cấp giấy chứng nhận cần ký số: hãy nhập mật khẩu ký ($ETALON_SIGNING_PASSPHRASE)</translation>
    </message>
    <message>
        <source>an amendment needs its reason</source>
        <translation>sửa đổi cần nêu lý do</translation>
    </message>
    <message>
        <source>certificate %1 is %2</source>
        <translation>giấy chứng nhận %1 ở trạng thái %2</translation>
    </message>
    <message>
        <source>record %1 is not a revision of the record of certificate %2 (use `record revise`)</source>
        <translation>biên bản %1 không phải bản sửa đổi của biên bản thuộc giấy chứng nhận %2 (dùng `record revise`)</translation>
    </message>
    <message>
        <source>a withdrawal needs its reason</source>
        <translation>thu hồi cần nêu lý do</translation>
    </message>
    <message>
        <source>no certificate numbered “%1”</source>
        <translation>không có giấy chứng nhận số “%1”</translation>
    </message>
    <message>
        <source>certificate %1 was replaced by %2</source>
        <translation>giấy chứng nhận %1 đã được thay thế bằng %2</translation>
    </message>
    <message>
        <source>certificate %1 was withdrawn: %2</source>
        <translation>giấy chứng nhận %1 đã bị thu hồi: %2</translation>
    </message>
    <message>
        <source>record %1 is %2; only an issued record is revised (correct a draft directly)</source>
        <translation>biên bản %1 ở trạng thái %2; chỉ biên bản đã cấp giấy mới được sửa đổi (bản nháp thì sửa trực tiếp)</translation>
    </message>
    <message>
        <source>the certificate number pattern needs {seq} (e.g. {seq:04}-{yy} or {year}/{seq:05})</source>
        <translation>mẫu số giấy chứng nhận cần có {seq} (ví dụ {seq:04}-{yy} hoặc {year}/{seq:05})</translation>
    </message>
    <message>
        <source>out of memory while deriving the signing key</source>
        <translation>hết bộ nhớ khi tạo khóa ký</translation>
    </message>
    <message>
        <source>the signing passphrase must have at least 8 characters</source>
        <translation>mật khẩu ký phải có ít nhất 8 ký tự</translation>
    </message>
    <message>
        <source>the lab already has a signing key</source>
        <translation>phòng thí nghiệm đã có khóa ký</translation>
    </message>
    <message>
        <source>the lab has no signing key yet; it is made when the first certificate is issued</source>
        <translation>phòng thí nghiệm chưa có khóa ký; khóa được tạo khi cấp giấy chứng nhận đầu tiên</translation>
    </message>
    <message>
        <source>the lab has no signing key</source>
        <translation>phòng thí nghiệm chưa có khóa ký</translation>
    </message>
    <message>
        <source>wrong signing passphrase</source>
        <translation>sai mật khẩu ký</translation>
    </message>
    <message>
        <source>“%1” is not a stamp (SERIES/NUMBER)</source>
        <translation>“%1” không phải số tem (SÊ-RI/SỐ)</translation>
    </message>
    <message>
        <source>a stamp series has 1 to 20 characters, no “/” or spaces</source>
        <translation>sê-ri tem gồm 1 đến 20 ký tự, không có “/” hoặc khoảng trắng</translation>
    </message>
    <message>
        <source>the numbers run from --from to --to, at most 100000 at once</source>
        <translation>các số chạy từ --from đến --to, tối đa 100000 tem một lần</translation>
    </message>
    <message>
        <source>stamp %1/%2 is already in the register</source>
        <translation>tem %1/%2 đã có trong sổ</translation>
    </message>
    <message>
        <source>no unused verification stamp is left in the register</source>
        <translation>sổ không còn tem kiểm định chưa dùng</translation>
    </message>
    <message>
        <source>stamp %1 is not in the register</source>
        <translation>tem %1 không có trong sổ</translation>
    </message>
    <message>
        <source>stamp %1 is already %2</source>
        <translation>tem %1 đã ở trạng thái %2</translation>
    </message>
    <message>
        <source>the stamp was used meanwhile</source>
        <translation>tem vừa được dùng cho việc khác</translation>
    </message>
    <message>
        <source>a reason is required to void a stamp</source>
        <translation>cần lý do để hủy tem</translation>
    </message>
    <message>
        <source>cannot start the PDF document</source>
        <translation>không tạo được tài liệu PDF</translation>
    </message>
    <message>
        <source>the QR code could not be made (payload of %1 bytes)</source>
        <translation>không tạo được mã QR (nội dung %1 byte)</translation>
    </message>
    <message>
        <source>Digital Calibration Certificate of %1 written to %2</source>
        <translation>Đã ghi giấy chứng nhận hiệu chuẩn số (DCC) của %1 vào %2</translation>
    </message>
    <message>
        <source>a Digital Calibration Certificate is made for calibration certificates only</source>
        <translation>giấy chứng nhận hiệu chuẩn số (DCC) chỉ lập cho giấy chứng nhận hiệu chuẩn</translation>
    </message>
    <message>
        <source>(PNG, %1 bytes)</source>
        <translation>(PNG, %1 byte)</translation>
    </message>
    <message>
        <source>The lab's logo is now %1</source>
        <translation>Biểu trưng của phòng thí nghiệm nay là %1</translation>
    </message>
    <message>
        <source>the logo is a PNG image of at most 512 KiB</source>
        <translation>biểu trưng là ảnh PNG không quá 512 KiB</translation>
    </message>
    <message>
        <source>: certificate %1, valid %2 to %3, by %4</source>
        <translation>: giấy chứng nhận %1, hiệu lực từ %2 đến %3, do %4 hiệu chuẩn</translation>
    </message>
    <message>
        <source>national standard (%1)</source>
        <translation>chuẩn quốc gia (%1)</translation>
    </message>
    <message>
        <source>external certificate of %1</source>
        <translation>giấy chứng nhận của %1</translation>
    </message>
    <message>
        <source>the certificate number is required</source>
        <translation>cần số giấy chứng nhận</translation>
    </message>
    <message>
        <source>Traceability of certificate %1 (work of %2)
</source>
        <translation>Tính liên kết chuẩn của giấy chứng nhận %1 (thực hiện ngày %2)
</translation>
    </message>
    <message>
        <source>The chain is complete.</source>
        <translation>Chuỗi liên kết chuẩn đầy đủ.</translation>
    </message>
    <message>
        <source>The chain is broken: %1</source>
        <translation>Chuỗi liên kết chuẩn bị đứt: %1</translation>
    </message>
    <message>
        <source> (through %1)</source>
        <translation> (qua %1)</translation>
    </message>
    <message>
        <source>The standard touched no record in this window.</source>
        <translation>Chuẩn không được dùng cho biên bản nào trong khoảng thời gian này.</translation>
    </message>
    <message>
        <source>
%1 certificates marked suspect</source>
        <translation>
Đã đánh dấu %1 giấy chứng nhận cần xem xét</translation>
    </message>
    <message>
        <source>Backup written to %1 and checked (%2 audit entries intact)</source>
        <translation>Đã sao lưu vào %1 và kiểm tra (%2 bản ghi nhật ký nguyên vẹn)</translation>
    </message>
    <message>
        <source>the backup file is required</source>
        <translation>cần tệp sao lưu</translation>
    </message>
    <message>
        <source>%1 restored into %2 and checked</source>
        <translation>Đã khôi phục %1 vào %2 và kiểm tra</translation>
    </message>
    <message>
        <source>no backup at %1</source>
        <translation>không có bản sao lưu tại %1</translation>
    </message>
    <message>
        <source>%1 failed the integrity check: %2</source>
        <translation>%1 không qua kiểm tra toàn vẹn: %2</translation>
    </message>
    <message>
        <source>%1 exists already; a backup never overwrites a file</source>
        <translation>%1 đã tồn tại; sao lưu không bao giờ ghi đè tệp</translation>
    </message>
    <message>
        <source>the chain loops back to this standard</source>
        <translation>chuỗi liên kết quay vòng về chuẩn này</translation>
    </message>
    <message>
        <source>the chain is longer than %1 links</source>
        <translation>chuỗi liên kết dài hơn %1 mắt xích</translation>
    </message>
    <message>
        <source>no calibration was valid on %1</source>
        <translation>không có lần hiệu chuẩn nào còn hiệu lực vào ngày %1</translation>
    </message>
    <message>
        <source>calibrated by %1, which is neither a calibration laboratory nor a national institute</source>
        <translation>được hiệu chuẩn bởi %1, không phải phòng hiệu chuẩn hay viện đo lường quốc gia</translation>
    </message>
    <message>
        <source>the record used no standard</source>
        <translation>biên bản không dùng chuẩn nào</translation>
    </message>
    <message>
        <source>a reason is required to mark certificates suspect</source>
        <translation>cần lý do để đánh dấu giấy chứng nhận cần xem xét</translation>
    </message>
    <message>
        <source>%1 must choose a new password first: etalon-cli user passwd</source>
        <translation>%1 phải đặt mật khẩu mới trước: etalon-cli user passwd</translation>
    </message>
    <message>
        <source>%1 must choose a new password first (etalon-cli user passwd)</source>
        <translation>%1 phải đặt mật khẩu mới trước (etalon-cli user passwd)</translation>
    </message>
    <message>
        <source>the password must have at least 8 characters, of at least two kinds (letters, digits, signs)</source>
        <translation>mật khẩu phải có ít nhất 8 ký tự, gồm ít nhất hai loại (chữ, số, ký hiệu)</translation>
    </message>
    <message>
        <source>%1 is a whole number from 0 to 1440 (0: never lock)</source>
        <translation>%1 là số nguyên từ 0 đến 1440 (0: không khóa)</translation>
    </message>
    <message>
        <source>%1 failed attempts: locked for %2 minutes</source>
        <translation>%1 lần sai: khóa trong %2 phút</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>bởi %1</translation>
    </message>
    <message>
        <source>The head of the audit trail is signed</source>
        <translation>Đã ký số điểm cuối của nhật ký kiểm tra</translation>
    </message>
    <message>
        <source>the checkpoint of entry %1 does not carry the lab's signature</source>
        <translation>điểm kiểm soát của bản ghi %1 không mang chữ ký của phòng thí nghiệm</translation>
    </message>
    <message>
        <source>entry %1, signed at %2, is gone: the trail was cut short</source>
        <translation>bản ghi %1, đã ký lúc %2, không còn: nhật ký đã bị cắt bớt</translation>
    </message>
    <message>
        <source>entry %1 differs from the chain head signed at %2: the trail was rewritten</source>
        <translation>bản ghi %1 khác với điểm cuối đã ký lúc %2: nhật ký đã bị viết lại</translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters</source>
        <translation>%1 dài hơn %2 ký tự</translation>
    </message>
    <message>
        <source>%1 contains a control character (U+%2)</source>
        <translation>%1 chứa ký tự điều khiển (U+%2)</translation>
    </message>
    <message>
        <source>an expanded uncertainty of %1 is outside what can be reported</source>
        <translation>độ không đảm bảo mở rộng %1 nằm ngoài phạm vi có thể báo cáo</translation>
    </message>
    <message>
        <source>the estimate is too large to report</source>
        <translation>giá trị ước lượng quá lớn để báo cáo</translation>
    </message>
    <message>
        <source>the contributions are too large to combine</source>
        <translation>các thành phần quá lớn để tổng hợp</translation>
    </message>
    <message>
        <source>the data differs from the audit trail: %1</source>
        <translation>dữ liệu khác với nhật ký kiểm tra: %1</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>còn hiệu lực</translation>
    </message>
    <message>
        <source>Traceability of certificate %1</source>
        <translation>Liên kết chuẩn của giấy chứng nhận %1</translation>
    </message>
    <message>
        <source>Date of the work: %1 · record %2 · generated %3</source>
        <translation>Ngày thực hiện: %1 · hồ sơ %2 · lập lúc %3</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Chuẩn</translation>
    </message>
    <message>
        <source>Used on</source>
        <translation>Ngày sử dụng</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Giấy chứng nhận</translation>
    </message>
    <message>
        <source>Calibrated</source>
        <translation>Ngày hiệu chuẩn</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Hiệu lực đến</translation>
    </message>
    <message>
        <source>Calibrated by</source>
        <translation>Nơi hiệu chuẩn</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>trang %1/%2</translation>
    </message>
    <message>
        <source>Today's backup written to %1 and checked</source>
        <translation>Bản sao lưu hôm nay đã được ghi vào %1 và kiểm tra</translation>
    </message>
    <message>
        <source>Today's backup %1 exists and checks</source>
        <translation>Bản sao lưu hôm nay %1 đã có và kiểm tra đạt</translation>
    </message>
    <message>
        <source>older backups removed: %1</source>
        <translation>số bản sao lưu cũ đã xóa: %1</translation>
    </message>
    <message>
        <source>the backup directory is required</source>
        <translation>cần có thư mục sao lưu</translation>
    </message>
    <message>
        <source>keep backups for 1 to 3650 days</source>
        <translation>giữ bản sao lưu từ 1 đến 3650 ngày</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>không tạo được %1</translation>
    </message>
    <message>
        <source>Out of tolerance at %1: correction %2 exceeds ±%3</source>
        <translation>Vượt dung sai tại %1: số hiệu chính %2 vượt quá ±%3</translation>
    </message>
    <message>
        <source>Work done with this standard may be suspect: etalon-cli impact %1 --mark-suspect --reason TEXT</source>
        <translation>Các công việc đã thực hiện bằng chuẩn này có thể đáng ngờ: etalon-cli impact %1 --mark-suspect --reason TEXT</translation>
    </message>
    <message>
        <source>U (k)</source>
        <translation>U (k)</translation>
    </message>
    <message>
        <source>%1 is larger than 64 MiB</source>
        <translation>%1 lớn hơn 64 MiB</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text</source>
        <translation>%1 không phải văn bản UTF-8</translation>
    </message>
    <message>
        <source>line %1 (%2): %3: %4</source>
        <translation>dòng %1 (%2): %3: %4</translation>
    </message>
    <message>
        <source>line %1 (%2): stored as %3</source>
        <translation>dòng %1 (%2): đã lưu với mã %3</translation>
    </message>
    <message>
        <source>line %1 (%2): valid</source>
        <translation>dòng %1 (%2): hợp lệ</translation>
    </message>
    <message>
        <source>give the CSV file to import</source>
        <translation>hãy chỉ ra tệp CSV cần nhập</translation>
    </message>
    <message>
        <source>Checked %1 rows: %2 valid, %3 invalid; nothing stored (dry run)</source>
        <translation>Đã kiểm tra %1 dòng: %2 hợp lệ, %3 không hợp lệ; chưa lưu gì (chạy thử)</translation>
    </message>
    <message>
        <source>Imported %1 rows; %2 invalid rows skipped</source>
        <translation>Đã nhập %1 dòng; bỏ qua %2 dòng không hợp lệ</translation>
    </message>
    <message>
        <source>%1 of %2 rows are invalid; nothing imported (use --only-valid to import the %3 valid rows)</source>
        <translation>%1 trên %2 dòng không hợp lệ; chưa nhập gì (dùng --only-valid để nhập %3 dòng hợp lệ)</translation>
    </message>
    <message>
        <source>give the table and the CSV file: export %1 FILE.csv</source>
        <translation>hãy chỉ ra bảng và tệp CSV: export %1 FILE.csv</translation>
    </message>
    <message>
        <source>%1 rows of %2 written to %3</source>
        <translation>Đã ghi %1 dòng của %2 vào %3</translation>
    </message>
    <message>
        <source>unknown table “%1”; the tables are: %2</source>
        <translation>không có bảng “%1”; các bảng là: %2</translation>
    </message>
    <message>
        <source>export cancelled</source>
        <translation>đã hủy xuất dữ liệu</translation>
    </message>
    <message>
        <source>owner “%1” is not an organisation id</source>
        <translation>chủ sở hữu “%1” không phải mã tổ chức</translation>
    </message>
    <message>
        <source>give the owner's id or tax code</source>
        <translation>hãy cho mã hoặc mã số thuế của chủ sở hữu</translation>
    </message>
    <message>
        <source>no organisation has tax code %1</source>
        <translation>không có tổ chức nào có mã số thuế %1</translation>
    </message>
    <message>
        <source>tax code %1 belongs to organisation %2, not to owner %3</source>
        <translation>mã số thuế %1 thuộc tổ chức %2, không phải chủ sở hữu %3</translation>
    </message>
    <message>
        <source>year “%1” is not a year between 1900 and 2200</source>
        <translation>năm “%1” không phải năm từ 1900 đến 2200</translation>
    </message>
    <message>
        <source>unknown column “%1”; the columns are: %2</source>
        <translation>không có cột “%1”; các cột là: %2</translation>
    </message>
    <message>
        <source>column “%1” appears twice</source>
        <translation>cột “%1” xuất hiện hai lần</translation>
    </message>
    <message>
        <source>the file has no “%1” column</source>
        <translation>tệp không có cột “%1”</translation>
    </message>
    <message>
        <source>the file needs an “owner” or an “owner-tax-code” column</source>
        <translation>tệp cần cột “owner” hoặc “owner-tax-code”</translation>
    </message>
    <message>
        <source>the row has %1 fields, the header %2</source>
        <translation>dòng có %1 trường, dòng tiêu đề có %2</translation>
    </message>
    <message>
        <source>%1 “%2” is already on line %3 of this file</source>
        <translation>%1 “%2” đã có ở dòng %3 của tệp này</translation>
    </message>
    <message>
        <source>the file is empty; it needs a header row</source>
        <translation>tệp trống; cần có dòng tiêu đề</translation>
    </message>
    <message>
        <source>the file has %1 rows; import at most %2 at a time</source>
        <translation>tệp có %1 dòng; mỗi lần chỉ nhập tối đa %2 dòng</translation>
    </message>
    <message>
        <source>import cancelled; nothing was stored</source>
        <translation>đã hủy nhập; không có gì được lưu</translation>
    </message>
    <message>
        <source>tax code %1 is already registered (organisation %2)</source>
        <translation>mã số thuế %1 đã được đăng ký (tổ chức %2)</translation>
    </message>
    <message>
        <source>  limit: corrections up to ±%1
</source>
        <translation>  giới hạn: số hiệu chính tới ±%1
</translation>
    </message>
    <message>
        <source>  calibrated %1, valid until %2, certificate %3</source>
        <translation>  hiệu chuẩn ngày %1, hiệu lực đến %2, giấy chứng nhận %3</translation>
    </message>
    <message>
        <source>give either --limit Q or --clear</source>
        <translation>hãy cho --limit Q hoặc --clear</translation>
    </message>
    <message>
        <source>Standard %1: corrections beyond ±%2 are out of tolerance</source>
        <translation>Chuẩn %1: số hiệu chính vượt ±%2 là ngoài dung sai</translation>
    </message>
    <message>
        <source>Standard %1 has no limit of its own; its class decides</source>
        <translation>Chuẩn %1 không có giới hạn riêng; theo cấp chính xác của chuẩn</translation>
    </message>
    <message>
        <source>the limit must be positive</source>
        <translation>giới hạn phải dương</translation>
    </message>
    <message>
        <source>a reason is required to change a limit</source>
        <translation>cần nêu lý do khi thay đổi giới hạn</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Đang xuất dữ liệu…</translation>
    </message>
    <message>
        <source>Export to CSV</source>
        <translation>Xuất ra CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <source>there is no lab database at %1</source>
        <translation>không có cơ sở dữ liệu phòng thí nghiệm tại %1</translation>
    </message>
    <message>
        <source>%1 is not an Etalon lab yet; create it with etalon-cli init</source>
        <translation>%1 chưa phải là phòng thí nghiệm Etalon; hãy tạo bằng etalon-cli init</translation>
    </message>
    <message>
        <source>initial verification</source>
        <translation>kiểm định ban đầu</translation>
    </message>
    <message>
        <source>periodic verification</source>
        <translation>kiểm định định kỳ</translation>
    </message>
    <message>
        <source>verification after repair</source>
        <translation>kiểm định sau sửa chữa</translation>
    </message>
    <message>
        <source>calibration</source>
        <translation>hiệu chuẩn</translation>
    </message>
    <message>
        <source>in-service inspection</source>
        <translation>kiểm tra trong sử dụng</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>bản nháp</translation>
    </message>
    <message>
        <source>waiting for approval</source>
        <translation>chờ phê duyệt</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>đã phê duyệt</translation>
    </message>
    <message>
        <source>certificate issued</source>
        <translation>đã cấp giấy chứng nhận</translation>
    </message>
    <message>
        <source>in service</source>
        <translation>đang sử dụng</translation>
    </message>
    <message>
        <source>quarantined</source>
        <translation>tạm ngừng sử dụng</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>đã loại bỏ</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>khách hàng</translation>
    </message>
    <message>
        <source>this lab</source>
        <translation>phòng thí nghiệm này</translation>
    </message>
    <message>
        <source>calibration laboratory</source>
        <translation>phòng hiệu chuẩn</translation>
    </message>
    <message>
        <source>national institute</source>
        <translation>viện đo lường quốc gia</translation>
    </message>
    <message>
        <source>technician</source>
        <translation>kỹ thuật viên</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>quản lý</translation>
    </message>
    <message>
        <source>auditor</source>
        <translation>kiểm tra viên</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>quản trị viên</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Kiểu</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Số sản xuất</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Chủ sở hữu</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Kỹ thuật viên</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Kết luận</translation>
    </message>
    <message>
        <source>Write PNGs of the main screens of the demo lab to a folder, then quit.</source>
        <translation>Ghi ảnh PNG các màn hình chính của phòng thí nghiệm mẫu vào một thư mục, rồi thoát.</translation>
    </message>
    <message>
        <source>Calibration history of standard %1 written to %2</source>
        <translation>Đã ghi lịch sử hiệu chuẩn của chuẩn %1 vào %2</translation>
    </message>
    <message>
        <source>correction (%1)</source>
        <translation>số hiệu chính (%1)</translation>
    </message>
    <message>
        <source>limit ± %1</source>
        <translation>giới hạn ± %1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>đến hạn %1</translation>
    </message>
    <message>
        <source>%1 (%2) at %3</source>
        <translation>%1 (%2) tại %3</translation>
    </message>
    <message>
        <source>No calibration with a correction at this value yet</source>
        <translation>Chưa có lần hiệu chuẩn nào có số hiệu chính tại giá trị này</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Số hiệu chính</translation>
    </message>
    <message>
        <source>Expanded uncertainty</source>
        <translation>Độ không đảm bảo đo mở rộng</translation>
    </message>
    <message>
        <source>Calibration history of standard %1</source>
        <translation>Lịch sử hiệu chuẩn của chuẩn %1</translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation>Lập lúc %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Trang %1/%2</translation>
    </message>
    <message>
        <source>standard %1 has no calibration with a correction to chart</source>
        <translation>chuẩn %1 chưa có lần hiệu chuẩn nào có số hiệu chính để vẽ biểu đồ</translation>
    </message>
    <message>
        <source>No valid row; nothing imported</source>
        <translation>Không có dòng hợp lệ nào; chưa nhập gì</translation>
    </message>
    <message>
        <source>Target %1 is now %2 by %3</source>
        <translation>Chỉ tiêu %1 nay là %2 đến năm %3</translation>
    </message>
    <message>
        <source>Check-scale point %1 registered at %2, %3 (%4)</source>
        <translation>Đã đăng ký điểm cân đối chứng %1 tại %2, %3 (%4)</translation>
    </message>
    <message>
        <source>Check-scale point %1 is %2</source>
        <translation>Điểm cân đối chứng %1: %2</translation>
    </message>
    <message>
        <source>Organisation %1 enrolled in measurement assurance</source>
        <translation>Tổ chức %1 đã tham gia chương trình đảm bảo đo lường</translation>
    </message>
    <message>
        <source>%1 — measurement assurance as of %2</source>
        <translation>%1 — đảm bảo đo lường tính đến %2</translation>
    </message>
    <message>
        <source>the mass set cannot be the scale itself</source>
        <translation>bộ quả cân không thể là chính cái cân</translation>
    </message>
    <message>
        <source>a point that is %1 needs both its scale and its mass set</source>
        <translation>điểm ở trạng thái %1 cần có cả cân và bộ quả cân</translation>
    </message>
    <message>
        <source>the enterprise is required</source>
        <translation>cần chỉ ra doanh nghiệp</translation>
    </message>
    <message>
        <source>the date of enrolment is required</source>
        <translation>cần ngày tham gia</translation>
    </message>
    <message>
        <source>instrument %1 belongs to the lab; a check-scale point's equipment belongs to the commune</source>
        <translation>phương tiện đo %1 thuộc phòng thí nghiệm; thiết bị của điểm cân đối chứng thuộc về xã/phường</translation>
    </message>
    <message>
        <source>instrument %1 is a %2, not a set of weights (WEIGHT)</source>
        <translation>phương tiện đo %1 là %2, không phải bộ quả cân (WEIGHT)</translation>
    </message>
    <message>
        <source>instrument %1 is a %2, not a scale</source>
        <translation>phương tiện đo %1 là %2, không phải cân</translation>
    </message>
    <message>
        <source>instrument %1 is already the equipment of check-scale point %2</source>
        <translation>phương tiện đo %1 đã là thiết bị của điểm cân đối chứng %2</translation>
    </message>
    <message>
        <source>%1 already has a check-scale point at %2 (point %3)</source>
        <translation>%1 đã có điểm cân đối chứng tại %2 (điểm %3)</translation>
    </message>
    <message>
        <source>no check-scale point with id %1</source>
        <translation>không có điểm cân đối chứng mã %1</translation>
    </message>
    <message>
        <source>the date must be today or earlier</source>
        <translation>ngày phải là hôm nay hoặc trước đó</translation>
    </message>
    <message>
        <source>say why the point is out of use</source>
        <translation>hãy nêu lý do điểm ngừng sử dụng</translation>
    </message>
    <message>
        <source>%1 is not an enterprise the lab serves</source>
        <translation>%1 không phải doanh nghiệp do phòng thí nghiệm phục vụ</translation>
    </message>
    <message>
        <source>%1 is enrolled since %2</source>
        <translation>%1 đã tham gia từ %2</translation>
    </message>
    <message>
        <source>organisation %1 is not enrolled in the measurement assurance programme</source>
        <translation>tổ chức %1 chưa tham gia chương trình đảm bảo đo lường</translation>
    </message>
    <message>
        <source>a target cannot be negative</source>
        <translation>chỉ tiêu không thể âm</translation>
    </message>
    <message>
        <source>the year %1 is outside the programme</source>
        <translation>năm %1 nằm ngoài chương trình</translation>
    </message>
    <message>
        <source>no target “%1”; the targets are: %2</source>
        <translation>không có chỉ tiêu “%1”; các chỉ tiêu là: %2</translation>
    </message>
    <message>
        <source>Training %1 recorded: %2</source>
        <translation>Đã ghi khóa đào tạo %1: %2</translation>
    </message>
    <message>
        <source>%1 recorded as attending training %2</source>
        <translation>Đã ghi %1 tham gia khóa đào tạo %2</translation>
    </message>
    <message>
        <source>Assessment %1 recorded</source>
        <translation>Đã ghi đợt đánh giá %1</translation>
    </message>
    <message>
        <source>the report is in vi or en</source>
        <translation>báo cáo bằng vi hoặc en</translation>
    </message>
    <message>
        <source>Annual report %1 written to %2</source>
        <translation>Đã ghi báo cáo năm %1 vào %2</translation>
    </message>
    <message>
        <source>the first day is required</source>
        <translation>cần ngày bắt đầu</translation>
    </message>
    <message>
        <source>the last day must be on or after the first</source>
        <translation>ngày kết thúc phải từ ngày bắt đầu trở đi</translation>
    </message>
    <message>
        <source>a certificate needs its expiry date</source>
        <translation>chứng chỉ cần có ngày hết hạn</translation>
    </message>
    <message>
        <source>only a verifier's certificate is linked to a user</source>
        <translation>chỉ chứng chỉ kiểm định viên mới gắn với người dùng</translation>
    </message>
    <message>
        <source>the organisation assessed is required</source>
        <translation>cần chỉ ra tổ chức được đánh giá</translation>
    </message>
    <message>
        <source>the date is required</source>
        <translation>cần ngày</translation>
    </message>
    <message>
        <source>the follow-up comes after the assessment</source>
        <translation>ngày theo dõi phải sau ngày đánh giá</translation>
    </message>
    <message>
        <source>the programme's years run from %1 to this year (%2)</source>
        <translation>các năm của chương trình từ %1 đến năm nay (%2)</translation>
    </message>
    <message>
        <source>no training with id %1</source>
        <translation>không có khóa đào tạo mã %1</translation>
    </message>
    <message>
        <source>%1</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>since 2026</source>
        <translation>từ năm 2026</translation>
    </message>
    <message>
        <source>1. Verifications and calibrations</source>
        <translation>1. Kiểm định và hiệu chuẩn</translation>
    </message>
    <message>
        <source>%1 in %2 (by the date of the work), %3 since 2026.</source>
        <translation>%1 trong năm %2 (theo ngày thực hiện), %3 từ năm 2026.</translation>
    </message>
    <message>
        <source>Instrument type</source>
        <translation>Loại phương tiện đo</translation>
    </message>
    <message>
        <source>Group 2 or not</source>
        <translation>Thuộc Nhóm 2 hay không</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Commune or ward</source>
        <translation>Xã/phường</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Ngành của cơ sở</translation>
    </message>
    <message>
        <source>2. Certificates</source>
        <translation>2. Giấy chứng nhận</translation>
    </message>
    <message>
        <source>3. Standards maintained</source>
        <translation>3. Chuẩn được duy trì</translation>
    </message>
    <message>
        <source>in date all year</source>
        <translation>còn hiệu lực cả năm</translation>
    </message>
    <message>
        <source>not calibrated from %1</source>
        <translation>không còn hiệu chuẩn từ %1</translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation>Hiệu chuẩn</translation>
    </message>
    <message>
        <source>4. Check-scale points</source>
        <translation>4. Điểm cân đối chứng</translation>
    </message>
    <message>
        <source>%1 points equipped or in use, %2 of them with scale and masses in date; %3 mass sets; %4 out of use.</source>
        <translation>%1 điểm đã trang bị hoặc đang hoạt động, %2 điểm có cân và quả cân còn hạn kiểm định; %3 bộ quả cân; %4 điểm ngừng hoạt động.</translation>
    </message>
    <message>
        <source>5. Measurement assurance at enterprises</source>
        <translation>5. Đảm bảo đo lường tại doanh nghiệp</translation>
    </message>
    <message>
        <source>%1 enterprises enrolled (%2 in %3); on average %4 of their instruments in date.</source>
        <translation>%1 doanh nghiệp tham gia (%2 trong năm %3); trung bình %4 phương tiện đo còn hạn.</translation>
    </message>
    <message>
        <source>6. People and assessments</source>
        <translation>6. Đào tạo và đánh giá</translation>
    </message>
    <message>
        <source>%1 people trained in %2 (%3 since 2026), %4 certified (%5); %6 managers and enterprise staff (%7). Assessed against the national criteria: %8 labs, %9 service organisations.</source>
        <translation>%1 người được đào tạo trong năm %2 (%3 từ năm 2026), %4 người được cấp chứng chỉ (%5); %6 cán bộ quản lý và nhân viên doanh nghiệp (%7). Được đánh giá theo tiêu chí quốc gia: %8 phòng thí nghiệm, %9 tổ chức dịch vụ.</translation>
    </message>
    <message>
        <source>7. Progress against the programme's targets</source>
        <translation>7. Tiến độ so với chỉ tiêu của chương trình</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 đến năm %2</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>goal</source>
        <translation>mục tiêu</translation>
    </message>
    <message>
        <source>done</source>
        <translation>đạt</translation>
    </message>
    <message>
        <source>check-scale points equipped</source>
        <translation>điểm cân đối chứng được trang bị</translation>
    </message>
    <message>
        <source>reference mass sets</source>
        <translation>bộ quả cân chuẩn đối chứng</translation>
    </message>
    <message>
        <source>enterprises in measurement assurance</source>
        <translation>doanh nghiệp tham gia đảm bảo đo lường</translation>
    </message>
    <message>
        <source>people with metrology qualifications</source>
        <translation>người có chứng chỉ về đo lường</translation>
    </message>
    <message>
        <source>managers and enterprise staff trained</source>
        <translation>cán bộ quản lý và nhân viên doanh nghiệp được đào tạo</translation>
    </message>
    <message>
        <source>labs assessed against the national criteria</source>
        <translation>phòng thí nghiệm được đánh giá theo tiêu chí quốc gia</translation>
    </message>
    <message>
        <source>service organisations assessed</source>
        <translation>tổ chức dịch vụ được đánh giá</translation>
    </message>
    <message>
        <source>Results of the measurement programme 2026–2030 in %1</source>
        <translation>Kết quả thực hiện Chương trình đo lường 2026–2030 năm %1</translation>
    </message>
    <message>
        <source>Generated %1 from the lab's records</source>
        <translation>Lập lúc %1 từ dữ liệu của phòng thí nghiệm</translation>
    </message>
    <message>
        <source>in date</source>
        <translation>còn hạn</translation>
    </message>
    <message>
        <source>due within 30 days</source>
        <translation>đến hạn trong 30 ngày</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>quá hạn</translation>
    </message>
    <message>
        <source>never verified</source>
        <translation>chưa từng kiểm định</translation>
    </message>
    <message>
        <source>Measurement assurance report: %1</source>
        <translation>Báo cáo đảm bảo đo lường: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <source>no</source>
        <translation>không</translation>
    </message>
    <message>
        <source>Enrolled %1, as of %2</source>
        <translation>Tham gia từ %1, tính đến %2</translation>
    </message>
    <message>
        <source>Group 2</source>
        <translation>Nhóm 2</translation>
    </message>
    <message>
        <source>Last work</source>
        <translation>Lần kiểm định/hiệu chuẩn gần nhất</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>Hạn tiếp theo</translation>
    </message>
    <message>
        <source>Share of instruments in date (%)</source>
        <translation>Tỷ lệ phương tiện đo còn hạn (%)</translation>
    </message>
    <message>
        <source>in Group 2</source>
        <translation>thuộc Nhóm 2</translation>
    </message>
    <message>
        <source>other</source>
        <translation>khác</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>đạt</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>không đạt</translation>
    </message>
    <message>
        <source>no verdict (calibration)</source>
        <translation>không kết luận (hiệu chuẩn)</translation>
    </message>
    <message>
        <source>electricity</source>
        <translation>điện</translation>
    </message>
    <message>
        <source>water</source>
        <translation>nước</translation>
    </message>
    <message>
        <source>fuel</source>
        <translation>xăng dầu</translation>
    </message>
    <message>
        <source>minerals</source>
        <translation>khoáng sản</translation>
    </message>
    <message>
        <source>agricultural and forestry processing</source>
        <translation>chế biến nông lâm sản</translation>
    </message>
    <message>
        <source>the range minimum must be below the range maximum</source>
        <translation>giới hạn dưới của phạm vi đo phải nhỏ hơn giới hạn trên</translation>
    </message>
    <message>
        <source>%1 %2 is larger than the whole measuring range (%3)</source>
        <translation>%1 %2 lớn hơn toàn bộ phạm vi đo (%3)</translation>
    </message>
    <message>
        <source>the temperature %1 is below absolute zero</source>
        <translation>nhiệt độ %1 thấp hơn độ không tuyệt đối</translation>
    </message>
    <message>
        <source>the relative humidity %1 is outside 0 to 100 %RH</source>
        <translation>độ ẩm tương đối %1 nằm ngoài khoảng 0 đến 100 %RH</translation>
    </message>
    <message>
        <source>a scale interval of %1 is not 1, 2 or 5 × 10ⁿ of a unit of mass (OIML R 76)</source>
        <translation>giá trị độ chia %1 không có dạng 1, 2 hoặc 5 × 10ⁿ đơn vị khối lượng (OIML R 76)</translation>
    </message>
    <message>
        <source>a class %1 scale has e = d, but e is %2 and d is %3 (OIML R 76: only classes I and II may show a finer d)</source>
        <translation>cân cấp %1 có e = d, nhưng e là %2 và d là %3 (OIML R 76: chỉ cấp I và II được có d nhỏ hơn e)</translation>
    </message>
    <message>
        <source>n = Max/e = %1, but class %2 with e = %3 needs %4 (OIML R 76 Table 3)</source>
        <translation>n = Max/e = %1, nhưng cấp %2 với e = %3 đòi hỏi %4 (OIML R 76 Bảng 3)</translation>
    </message>
    <message>
        <source>class %1 does not allow e = %2 (OIML R 76 Table 3: %3)</source>
        <translation>cấp %1 không cho phép e = %2 (OIML R 76 Bảng 3: %3)</translation>
    </message>
    <message>
        <source>the date %1 is before 1900</source>
        <translation>ngày %1 trước năm 1900</translation>
    </message>
    <message>
        <source>valid until %1 is more than %2 months after the calibration on %3, the lab's maximum (setting max_calibration_validity_months)</source>
        <translation>ngày hết hiệu lực %1 cách ngày hiệu chuẩn %3 hơn %2 tháng, quá mức tối đa của phòng thí nghiệm (thiết lập max_calibration_validity_months)</translation>
    </message>
    <message>
        <source>%1 is a whole number of months from 1 to 240</source>
        <translation>%1 là số tháng nguyên từ 1 đến 240</translation>
    </message>
    <message>
        <source>%1 realises %2, but the instrument measures %3</source>
        <translation>%1 tái hiện đại lượng %2, nhưng phương tiện đo đo %3</translation>
    </message>
    <message>
        <source>a load cannot be negative (%1)</source>
        <translation>tải trọng không thể âm (%1)</translation>
    </message>
    <message>
        <source>%1 lies above the instrument's range (up to %2)</source>
        <translation>%1 vượt quá phạm vi đo của phương tiện (đến %2)</translation>
    </message>
    <message>
        <source>%1 lies below the instrument's range (from %2)</source>
        <translation>%1 dưới phạm vi đo của phương tiện (từ %2)</translation>
    </message>
    <message>
        <source>%1 realises at most %2: it cannot realise %3</source>
        <translation>%1 chỉ tái hiện được tối đa %2: không thể tái hiện %3</translation>
    </message>
    <message>
        <source>unknown key (known keys: %1)</source>
        <translation>khóa không xác định (các khóa hợp lệ: %1)</translation>
    </message>
    <message>
        <source>%1 is not a unit of the measurand's quantity (%2): give the contribution in the measurand's unit with its sensitivity coefficient</source>
        <translation>%1 không phải đơn vị của đại lượng cần đo (%2): hãy cho thành phần theo đơn vị của đại lượng cần đo kèm hệ số độ nhạy</translation>
    </message>
    <message>
        <source> at position “%1”</source>
        <translation> tại vị trí “%1”</translation>
    </message>
    <message>
        <source>tolerance_percent must be a number of percent, at least 0</source>
        <translation>tolerance_percent phải là một số phần trăm, không nhỏ hơn 0</translation>
    </message>
    <message>
        <source>unknown test “%1” (%2)</source>
        <translation>phép thử không xác định “%1” (%2)</translation>
    </message>
    <message>
        <source>test “%1”: readings must be 1 to 100</source>
        <translation>phép thử “%1”: số lần đọc phải từ 1 đến 100</translation>
    </message>
    <message>
        <source>checklist item not yet set to pass or fail: %1</source>
        <translation>mục kiểm tra chưa được đánh giá đạt hoặc không đạt: %1</translation>
    </message>
    <message>
        <source>unknown quantity “%1” (%2)</source>
        <translation>đại lượng không xác định “%1” (%2)</translation>
    </message>
    <message>
        <source>the range %1 is not of the quantity %2</source>
        <translation>phạm vi %1 không thuộc đại lượng %2</translation>
    </message>
    <message>
        <source>an eccentricity reading names the position of the load</source>
        <translation>kết quả kiểm tra độ lệch tâm phải ghi vị trí đặt tải</translation>
    </message>
    <message>
        <source>a reason is required to void a reading</source>
        <translation>cần ghi lý do để hủy một kết quả đọc</translation>
    </message>
    <message>
        <source>record %1 has no reading %2 to void</source>
        <translation>biên bản %1 không có kết quả đọc %2 để hủy</translation>
    </message>
    <message>
        <source>record %1 is not complete: %2</source>
        <translation>biên bản %1 chưa đầy đủ: %2</translation>
    </message>
    <message>
        <source>  reading %1 voided: %2
</source>
        <translation>  kết quả đọc %1 đã hủy: %2
</translation>
    </message>
    <message>
        <source>Record %1 is not complete; still to do:
</source>
        <translation>Biên bản %1 chưa đầy đủ; còn phải làm:
</translation>
    </message>
    <message>
        <source>Record %1 has its whole programme.</source>
        <translation>Biên bản %1 đã đủ toàn bộ chương trình thử.</translation>
    </message>
    <message>
        <source>Record %1: still to do:
</source>
        <translation>Biên bản %1: còn phải làm:
</translation>
    </message>
    <message>
        <source>Reading %1 of record %2 voided: %3</source>
        <translation>Đã hủy kết quả đọc %1 của biên bản %2: %3</translation>
    </message>
    <message>
        <source>not fit for use since then</source>
        <translation>không đạt yêu cầu sử dụng từ ngày đó</translation>
    </message>
    <message numerus="yes">
        <source>%1%2: %n more reading(s) needed</source>
        <translation>
            <numerusform>%1%2: cần thêm %n lần đọc</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1%2: %n more reading(s) near %3 (within %4 %) needed</source>
        <translation>
            <numerusform>%1%2: cần thêm %n lần đọc gần %3 (trong khoảng %4 %)</numerusform>
        </translation>
    </message>
    <message>
        <source>weighing test</source>
        <translation>phép thử cân</translation>
    </message>
    <message>
        <source>eccentricity test</source>
        <translation>phép thử độ lệch tâm</translation>
    </message>
    <message>
        <source>repeatability test</source>
        <translation>phép thử độ lặp lại</translation>
    </message>
    <message>
        <source>discrimination test</source>
        <translation>phép thử độ động</translation>
    </message>
    <message>
        <source>accuracy test</source>
        <translation>phép thử sai số</translation>
    </message>
    <message>
        <source>distance test</source>
        <translation>phép thử quãng đường</translation>
    </message>
    <message>
        <source>time test</source>
        <translation>phép thử thời gian</translation>
    </message>
    <message>
        <source>repeatability: the %1 loadings spread %2, more than the MPE %3</source>
        <translation>độ lặp lại: %1 lần đặt tải chênh lệch %2, lớn hơn sai số cho phép lớn nhất %3</translation>
    </message>
    <message>
        <source>%1 has no range or quantity registered, so nothing says it realises %2: a legal verification cannot rest on it</source>
        <translation>%1 chưa khai báo phạm vi hay đại lượng, nên không có gì cho biết nó tái hiện %2: kiểm định không thể dựa vào nó</translation>
    </message>
    <message>
        <source>%1 has no accuracy class and no calibration value at %2, so its error there is unknown (OIML R 76 3.7.1): register its class or calibrate it at this load</source>
        <translation>%1 không có cấp chính xác và không có giá trị hiệu chuẩn tại %2, nên không biết sai số của nó tại đó (OIML R 76 3.7.1): hãy khai báo cấp hoặc hiệu chuẩn nó tại tải này</translation>
    </message>
    <message>
        <source>%1 (class %2)</source>
        <translation>%1 (cấp %2)</translation>
    </message>
    <message>
        <source>%1 may be off by %2 at %3, which is %4 of the instrument's MPE %5; OIML R 76 3.7.1 allows at most 1/3</source>
        <translation>%1 có thể sai đến %2 tại %3, bằng %4 sai số cho phép lớn nhất %5 của phương tiện; OIML R 76 3.7.1 chỉ cho phép tối đa 1/3</translation>
    </message>
    <message>
        <source>the %1 has no positions</source>
        <translation>%1 không có vị trí đặt tải</translation>
    </message>
    <message>
        <source>“%1” is not a position of the %2 (%3)</source>
        <translation>“%1” không phải là vị trí của %2 (%3)</translation>
    </message>
    <message>
        <source>the procedure's programme has no %1 (it has: %2)</source>
        <translation>chương trình thử của quy trình không có %1 (chỉ có: %2)</translation>
    </message>
    <message>
        <source>procedure %1 is written for %2, not for %3: a verification of a %3 follows %4</source>
        <translation>quy trình %1 dành cho %2, không dành cho %3: kiểm định %3 theo %4</translation>
    </message>
    <message>
        <source>reading %1 of record %2 is already void</source>
        <translation>kết quả đọc %1 của biên bản %2 đã bị hủy</translation>
    </message>
    <message>
        <source>record %1 is a passed in-service inspection: it is kept in the record and leaves the verification's validity as it was; no certificate or stamp is issued for it</source>
        <translation>biên bản %1 là một lần kiểm tra trong sử dụng đạt yêu cầu: kết quả được lưu trong biên bản và giữ nguyên hiệu lực kiểm định; không cấp giấy chứng nhận hay tem cho nó</translation>
    </message>
    <message>
        <source>reference standard (class %1, MPE of the weights realising the load)</source>
        <translation>chuẩn đo lường (cấp %1, sai số cho phép lớn nhất của các quả cân tạo nên tải)</translation>
    </message>
    <message>
        <source>correction of the reference standard, not applied (nominal value used)</source>
        <translation>số hiệu chính của chuẩn, không áp dụng (dùng giá trị danh nghĩa)</translation>
    </message>
    <message numerus="yes">
        <source>  %n weight(s) registered one by one</source>
        <translation>
            <numerusform>  đã khai báo %n quả cân từng quả</numerusform>
        </translation>
    </message>
    <message>
        <source>Weight %1 (%2) added to standard %3 as item %4</source>
        <translation>Đã thêm quả cân %1 (%2) vào chuẩn %3, mục %4</translation>
    </message>
    <message>
        <source>a weight's nominal value is a positive mass</source>
        <translation>giá trị danh định của quả cân phải là một khối lượng dương</translation>
    </message>
    <message>
        <source>k = %1 (ν_eff = %2): too few repeated readings make U large; repeat the readings (EA-4/02 Annex E)</source>
        <translation>k = %1 (ν_eff = %2): quá ít lần đọc lặp lại làm U lớn; hãy đọc lặp lại thêm (EA-4/02 Phụ lục E)</translation>
    </message>
    <message numerus="yes">
        <source>point %1 (%n reading(s), k = %2)</source>
        <translation>
            <numerusform>điểm %1 (%n lần đọc, k = %2)</numerusform>
        </translation>
    </message>
    <message>
        <source>too few readings for a reliable uncertainty: %1; the procedure asks for at least %2 at a point whose k exceeds 2.5</source>
        <translation>quá ít lần đọc để độ không đảm bảo đo đáng tin cậy: %1; quy trình yêu cầu ít nhất %2 lần tại điểm có k lớn hơn 2,5</translation>
    </message>
    <message>
        <source>reference weights %1 (certificate %2)</source>
        <translation>quả cân chuẩn %1 (giấy chứng nhận %2)</translation>
    </message>
    <message>
        <source>no combination of the weights of %1 makes up %2</source>
        <translation>không tổ hợp nào của các quả cân thuộc %1 tạo nên %2</translation>
    </message>
    <message>
        <source>the minimum number of repeats lies between 2 and 100</source>
        <translation>số lần lặp lại tối thiểu phải từ 2 đến 100</translation>
    </message>
    <message>
        <source>%1 is not a weight of OIML R 111 class “%2”: give the set or the weight a class and a nominal value of the 1-2-5 series</source>
        <translation>%1 không phải là quả cân của cấp OIML R 111 “%2”: hãy cho bộ hoặc quả cân một cấp chính xác và giá trị danh định thuộc dãy 1-2-5</translation>
    </message>
    <message>
        <source>%1 is more than the set's range (%2)</source>
        <translation>%1 lớn hơn phạm vi của bộ quả cân (%2)</translation>
    </message>
    <message>
        <source>the set already has a weight marked “%1”</source>
        <translation>bộ quả cân đã có quả mang ký hiệu “%1”</translation>
    </message>
    <message>
        <source>the set has no weight marked “%1” (etalon-cli standard items %2)</source>
        <translation>bộ quả cân không có quả mang ký hiệu “%1” (etalon-cli standard items %2)</translation>
    </message>
    <message>
        <source>the weight marked “%1” is of %2, not %3</source>
        <translation>quả cân ký hiệu “%1” là %2, không phải %3</translation>
    </message>
    <message>
        <source>budget term “%1”: unknown key “%2” (known keys: %3)</source>
        <translation>thành phần “%1”: khóa không xác định “%2” (các khóa hợp lệ: %3)</translation>
    </message>
    <message>
        <source>budget term “%1”: relative is a fraction of the reference, at least 0</source>
        <translation>thành phần “%1”: relative là tỷ lệ so với giá trị chuẩn, không nhỏ hơn 0</translation>
    </message>
    <message>
        <source>budget term “%1”: dof is a whole number of at least 1</source>
        <translation>thành phần “%1”: dof là số nguyên không nhỏ hơn 1</translation>
    </message>
    <message>
        <source>reference weight (certificate %1)</source>
        <translation>quả cân chuẩn (giấy chứng nhận %1)</translation>
    </message>
    <message>
        <source>instability of the reference weight</source>
        <translation>độ không ổn định của quả cân chuẩn</translation>
    </message>
    <message numerus="yes">
        <source>weighing process (Type A, %n cycle(s))</source>
        <translation>
            <numerusform>quá trình cân (loại A, %n chu trình)</numerusform>
        </translation>
    </message>
    <message>
        <source>air buoyancy (OIML R 111 10.1: air density within 10 % of 1.2 kg/m³ moves a weight of its class by at most δm/4)</source>
        <translation>lực đẩy không khí (OIML R 111 10.1: khối lượng riêng không khí lệch trong 10 % so với 1,2 kg/m³ làm quả cân thuộc cấp của nó thay đổi tối đa δm/4)</translation>
    </message>
    <message>
        <source>the reference weight's certificate gives no uncertainty at %1</source>
        <translation>giấy chứng nhận của quả cân chuẩn không nêu độ không đảm bảo đo tại %1</translation>
    </message>
    <message>
        <source>a discrimination test needs the instrument's scale interval d</source>
        <translation>phép thử độ động cần giá trị độ chia d của phương tiện</translation>
    </message>
    <message>
        <source>a discrimination reading is two indications: before and after the additional load</source>
        <translation>kết quả thử độ động gồm hai số chỉ: trước và sau khi đặt tải bổ sung</translation>
    </message>
    <message>
        <source>a discrimination reading names the additional load placed (1.4 d)</source>
        <translation>kết quả thử độ động phải ghi tải bổ sung đã đặt (1,4 d)</translation>
    </message>
    <message>
        <source>an additional load above 1.4 d = %1 proves nothing of discrimination</source>
        <translation>tải bổ sung lớn hơn 1,4 d = %1 không chứng minh được độ động</translation>
    </message>
    <message>
        <source>discrimination: %1 added changed the indication by %2, less than d = %3 (OIML R 76 3.8)</source>
        <translation>độ động: đặt thêm %1 làm số chỉ thay đổi %2, nhỏ hơn d = %3 (OIML R 76 3.8)</translation>
    </message>
    <message>
        <source>the procedure states no display resolution of the balance (OIML R 111 C.6.4): the budget leaves the comparator's resolution out</source>
        <translation>quy trình không nêu độ phân giải hiển thị của cân (OIML R 111 C.6.4): ngân sách độ không đảm bảo đo bỏ qua độ phân giải của cân so sánh</translation>
    </message>
    <message>
        <source>one weighing cycle and no pooled s in the procedure (OIML R 111 C.6.1.2): the budget has no term for the weighing process</source>
        <translation>một chu trình cân và quy trình không có độ lệch chuẩn gộp (OIML R 111 C.6.1.2): ngân sách độ không đảm bảo đo không có thành phần của quá trình cân</translation>
    </message>
    <message>
        <source>the entered U = %1 is smaller than the point's own budget gives (U = %2 %3, k = %4): the standard, the resolution and the readings' scatter alone make that much</source>
        <translation>U đã nhập = %1 nhỏ hơn giá trị ngân sách của chính điểm này cho (U = %2 %3, k = %4): riêng chuẩn, độ phân giải và độ tản mạn của các lần đọc đã lớn như vậy</translation>
    </message>
    <message>
        <source>a weight of %1 is compared at its nominal value, not at %2</source>
        <translation>quả cân %1 được so sánh tại giá trị danh định của nó, không phải tại %2</translation>
    </message>
    <message>
        <source>budget term “%1”: unknown kind “%2” (%3)</source>
        <translation>thành phần “%1”: loại không xác định “%2” (%3)</translation>
    </message>
    <message>
        <source>budget term “%1”: unknown distribution “%2” (%3)</source>
        <translation>thành phần “%1”: phân bố không xác định “%2” (%3)</translation>
    </message>
    <message>
        <source>budget term “%1”: k is a number of at least 1</source>
        <translation>thành phần “%1”: k là một số không nhỏ hơn 1</translation>
    </message>
    <message>
        <source>the weight “%1” (%2) of %3 has no calibration on %4</source>
        <translation>quả cân “%1” (%2) của %3 chưa được hiệu chuẩn vào ngày %4</translation>
    </message>
    <message>
        <source>the weight “%1” (%2) of %3: its calibration (certificate %4) was valid until %5</source>
        <translation>quả cân “%1” (%2) của %3: kết quả hiệu chuẩn (giấy chứng nhận %4) chỉ có hiệu lực đến %5</translation>
    </message>
    <message>
        <source>standard %1 realises %2: only a set of weights has weights</source>
        <translation>chuẩn %1 tái hiện %2: chỉ bộ quả cân mới có các quả cân</translation>
    </message>
    <message>
        <source>“%1” is not an OIML R 111 class (%2)</source>
        <translation>“%1” không phải là cấp chính xác theo OIML R 111 (%2)</translation>
    </message>
    <message>
        <source>standard %1 is registered weight by weight: name the weight of the point at %2 (--item MARK)</source>
        <translation>chuẩn %1 được khai báo từng quả cân: hãy ghi quả cân của điểm tại %2 (--item KÝ_HIỆU)</translation>
    </message>
    <message>
        <source>the weight marked “%1” has two points in one calibration</source>
        <translation>quả cân ký hiệu “%1” có hai điểm trong cùng một lần hiệu chuẩn</translation>
    </message>
    <message>
        <source>%1 was found outside its class or limit by its calibration (certificate %2): its certified value is used, and work since its previous calibration is suspect</source>
        <translation>%1 đã được phát hiện nằm ngoài cấp chính xác hoặc giới hạn khi hiệu chuẩn (giấy chứng nhận %2): dùng giá trị đã được chứng nhận, và các công việc kể từ lần hiệu chuẩn trước đó cần xem xét lại</translation>
    </message>
    <message>
        <source>the budget terms are a JSON array of terms ([] for none)</source>
        <translation>các thành phần ngân sách là một mảng JSON ([] nếu không có)</translation>
    </message>
    <message>
        <source>the additional load of the change-point method lies between 0 and e = %1, not %2</source>
        <translation>tải bổ sung của phương pháp điểm chuyển nằm trong khoảng từ 0 đến e = %1, không phải %2</translation>
    </message>
    <message>
        <source>“%1” is not an item of this record's checklist (%2)</source>
        <translation>“%1” không phải là mục trong danh mục kiểm tra của biên bản này (%2)</translation>
    </message>
    <message>
        <source>%1 file</source>
        <translation>Tệp %1</translation>
    </message>
    <message>
        <source>%1 is the open lab's own file; name another file</source>
        <translation>%1 là tệp của chính phòng thí nghiệm đang mở; hãy chọn tệp khác</translation>
    </message>
    <message>
        <source>another program removed or replaced %1 while this one had the lab open; nothing was written and the lab has been opened again: do it again</source>
        <translation>một chương trình khác đã xóa hoặc thay %1 trong khi chương trình này đang mở phòng thí nghiệm; chưa có gì được ghi và phòng thí nghiệm đã được mở lại: hãy làm lại</translation>
    </message>
    <message>
        <source>another program removed or replaced %1 while this one had the lab open; nothing was written and the lab could not be opened again: %2</source>
        <translation>một chương trình khác đã xóa hoặc thay %1 trong khi chương trình này đang mở phòng thí nghiệm; chưa có gì được ghi và không mở lại được phòng thí nghiệm: %2</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Thư mục</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Ổ đĩa</translation>
    </message>
    <message>
        <source>cannot write %1: %2; nothing was written</source>
        <translation>không ghi được %1: %2; không có gì được ghi</translation>
    </message>
    <message>
        <source>certificate %1 is issued and kept in the lab, but it could not be written to the file: %2. Print it again with: etalon-cli certificate print %1 --out FILE.pdf</source>
        <translation>giấy chứng nhận %1 đã được cấp và lưu trong phòng thí nghiệm, nhưng không ghi được ra tệp: %2. In lại bằng: etalon-cli certificate print %1 --out FILE.pdf</translation>
    </message>
    <message>
        <source>the disk is full: cannot write %1; nothing was written</source>
        <translation>đĩa đã đầy: không ghi được %1; không có gì được ghi</translation>
    </message>
    <message>
        <source>%1 is a folder; name a file; nothing was issued</source>
        <translation>%1 là một thư mục; hãy chỉ một tệp; chưa có gì được cấp</translation>
    </message>
    <message>
        <source>the folder of %1 does not exist; nothing was issued</source>
        <translation>thư mục của %1 không tồn tại; chưa có gì được cấp</translation>
    </message>
    <message>
        <source>the lab file is required</source>
        <translation>cần chỉ tệp phòng thí nghiệm</translation>
    </message>
    <message>
        <source>%1 is an empty file, not an Etalon lab; nothing was changed</source>
        <translation>%1 là tệp rỗng, không phải phòng thí nghiệm Etalon; không có gì bị thay đổi</translation>
    </message>
    <message>
        <source>%1 is another program's SQLite database, not an Etalon lab; nothing was changed</source>
        <translation>%1 là cơ sở dữ liệu SQLite của chương trình khác, không phải phòng thí nghiệm Etalon; không có gì bị thay đổi</translation>
    </message>
    <message>
        <source>%1 is a folder, not an Etalon lab</source>
        <translation>%1 là một thư mục, không phải phòng thí nghiệm Etalon</translation>
    </message>
    <message>
        <source>%1 holds no Etalon lab; nothing was changed (etalon-cli init creates one)</source>
        <translation>%1 không chứa phòng thí nghiệm Etalon nào; không có gì bị thay đổi (etalon-cli init tạo mới)</translation>
    </message>
    <message>
        <source>unknown option --%1 for “%2”; see `etalon-cli %2 --help`</source>
        <translation>tùy chọn --%1 không có ở “%2”; xem `etalon-cli %2 --help`</translation>
    </message>
    <message>
        <source>unknown option --%1 for “%2”; did you mean --%3?</source>
        <translation>tùy chọn --%1 không có ở “%2”; có phải ý bạn là --%3?</translation>
    </message>
    <message>
        <source>Usage: etalon-cli [--db FILE] [--user NAME] [--json] [--lang vi|en] %1</source>
        <translation>Cách dùng: etalon-cli [--db FILE] [--user NAME] [--json] [--lang vi|en] %1</translation>
    </message>
    <message>
        <source>this lab was not created as a demo lab: generated data would mix with its real records (etalon-cli init --demo creates a demo lab)</source>
        <translation>phòng thí nghiệm này không được tạo làm phòng thí nghiệm demo: dữ liệu sinh ra sẽ lẫn với hồ sơ thật (etalon-cli init --demo tạo phòng thí nghiệm demo)</translation>
    </message>
    <message>
        <source>cannot write in the folder of %1: %2; nothing was issued</source>
        <translation>không ghi được vào thư mục của %1: %2; chưa có gì được cấp</translation>
    </message>
    <message>
        <source>%1 is the lab's own file, not a backup of it</source>
        <translation>%1 là tệp của chính phòng thí nghiệm, không phải bản sao lưu của nó</translation>
    </message>
    <message>
        <source>cannot write a backup in the folder of %1; nothing was written</source>
        <translation>không ghi được bản sao lưu vào thư mục của %1; không có gì được ghi</translation>
    </message>
    <message>
        <source>cannot read %1: no such file</source>
        <translation>không đọc được %1: không có tệp này</translation>
    </message>
    <message>
        <source>%1 is not a regular file</source>
        <translation>%1 không phải là một tệp thông thường</translation>
    </message>
    <message>
        <source>%1 holds no public key (etalon-cli certificate public-key writes one)</source>
        <translation>%1 không chứa khóa công khai (etalon-cli certificate public-key ghi ra một khóa)</translation>
    </message>
    <message>
        <source>%1 is larger than %2 bytes</source>
        <translation>%1 lớn hơn %2 byte</translation>
    </message>
    <message>
        <source>the account %1 is locked after repeated failed sign-ins until %2 (UTC); an admin can unlock it by resetting its password</source>
        <translation>tài khoản %1 bị khóa do đăng nhập sai nhiều lần, đến %2 (UTC); quản trị viên có thể mở khóa bằng cách đặt lại mật khẩu</translation>
    </message>
    <message>
        <source>%1 fails audit verify at entry %2: %3</source>
        <translation>%1 không qua kiểm tra nhật ký tại mục %2: %3</translation>
    </message>
    <message>
        <source>%1 is “%2”, but the last recorded change left “%3”</source>
        <translation>%1 là “%2”, nhưng thay đổi được ghi nhận cuối cùng để lại “%3”</translation>
    </message>
    <message>
        <source>%1 row %2 is back, but its last recorded change deleted it</source>
        <translation>bảng %1, dòng %2 lại xuất hiện, dù thay đổi được ghi nhận cuối cùng đã xóa nó</translation>
    </message>
    <message>
        <source>%1 row %2 is missing, but no recorded change deleted it</source>
        <translation>bảng %1 thiếu dòng %2, nhưng không có thay đổi được ghi nhận nào xóa nó</translation>
    </message>
    <message>
        <source>%1 row %2 was %3 outside Etalon: no audit entry accounts for it</source>
        <translation>bảng %1, dòng %2 đã bị %3 bên ngoài Etalon: không mục nhật ký nào ghi nhận việc này</translation>
    </message>
    <message>
        <source>%1 row %2 was not created through Etalon: no recorded change made it</source>
        <translation>bảng %1, dòng %2 không được tạo qua Etalon: không có thay đổi được ghi nhận nào tạo ra nó</translation>
    </message>
    <message>
        <source>%1 row %2: %3</source>
        <translation>bảng %1, dòng %2: %3</translation>
    </message>
    <message>
        <source>a change was about to be stored without an audit entry; nothing was written (table %1)</source>
        <translation>một thay đổi sắp được lưu mà không có mục nhật ký; không có gì được ghi (bảng %1)</translation>
    </message>
    <message>
        <source>a checkpoint needs the entry that announces it</source>
        <translation>điểm kiểm soát cần mục nhật ký công bố nó</translation>
    </message>
    <message>
        <source>certificate %1 does not carry the lab's signature over its number and content: the signing key or the certificate was replaced</source>
        <translation>giấy chứng nhận %1 không mang chữ ký của phòng thí nghiệm trên số và nội dung của nó: khóa ký hoặc giấy chứng nhận đã bị thay</translation>
    </message>
    <message>
        <source>certificate %1: the stored PDF is not the one issued (its SHA-256 differs from the one recorded at issue)</source>
        <translation>giấy chứng nhận %1: tệp PDF đang lưu không phải tệp đã cấp (SHA-256 khác với giá trị ghi khi cấp)</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>sửa</translation>
    </message>
    <message>
        <source>checkpoint %1 was signed with another key (%2), not the lab's (%3): the signing key was replaced</source>
        <translation>điểm kiểm soát %1 được ký bằng khóa khác (%2), không phải khóa của phòng thí nghiệm (%3): khóa ký đã bị thay</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>xóa</translation>
    </message>
    <message>
        <source>entry %1 does not announce checkpoint %2, which signs it</source>
        <translation>mục %1 không công bố điểm kiểm soát %2, là điểm ký nó</translation>
    </message>
    <message>
        <source>entry %1 does not seal the row log as every entry after the log began does</source>
        <translation>mục %1 không niêm phong nhật ký dòng như mọi mục kể từ khi nhật ký này bắt đầu</translation>
    </message>
    <message>
        <source>entry %1 seals fewer row changes than the entry before it</source>
        <translation>mục %1 niêm phong ít thay đổi dòng hơn mục trước nó</translation>
    </message>
    <message>
        <source>inserted</source>
        <translation>thêm</translation>
    </message>
    <message>
        <source>security log event %1 does not follow the event before it</source>
        <translation>sự kiện %1 của nhật ký bảo mật không nối tiếp sự kiện trước nó</translation>
    </message>
    <message>
        <source>security log event %1 is missing (found %2 next)</source>
        <translation>thiếu sự kiện %1 của nhật ký bảo mật (tiếp theo là %2)</translation>
    </message>
    <message>
        <source>security log event %1 was altered after it was written</source>
        <translation>sự kiện %1 của nhật ký bảo mật đã bị sửa sau khi ghi</translation>
    </message>
    <message>
        <source>signed checkpoint %1 is missing (found %2 next)</source>
        <translation>thiếu điểm kiểm soát đã ký %1 (tiếp theo là %2)</translation>
    </message>
    <message>
        <source>signed checkpoint %1, announced by entry %2, is missing</source>
        <translation>thiếu điểm kiểm soát đã ký %1, được công bố ở mục %2</translation>
    </message>
    <message>
        <source>the audit trail is broken: %1</source>
        <translation>nhật ký kiểm tra bị đứt: %1</translation>
    </message>
    <message>
        <source>the lab file is damaged (SQLite's integrity check): %1; restore it from a backup</source>
        <translation>tệp phòng thí nghiệm bị hỏng (kiểm tra toàn vẹn của SQLite): %1; hãy khôi phục từ bản sao lưu</translation>
    </message>
    <message>
        <source>the lab holds changes made outside Etalon that no audit entry accounts for; nothing was written: run audit verify, and restore the lab from a backup</source>
        <translation>phòng thí nghiệm chứa các thay đổi ngoài Etalon mà không mục nhật ký nào ghi nhận; không có gì được ghi: hãy chạy audit verify và khôi phục phòng thí nghiệm từ bản sao lưu</translation>
    </message>
    <message>
        <source>the lab's signing key is missing though the lab has signed with it; restore the lab from a backup (audit verify shows what else changed)</source>
        <translation>khóa ký của phòng thí nghiệm bị mất dù đã từng được dùng để ký; hãy khôi phục phòng thí nghiệm từ bản sao lưu (audit verify cho biết những gì khác đã thay đổi)</translation>
    </message>
    <message>
        <source>the lab's signing key is missing, yet certificate %1 was signed with it</source>
        <translation>khóa ký của phòng thí nghiệm bị mất, trong khi giấy chứng nhận %1 đã được ký bằng nó</translation>
    </message>
    <message>
        <source>the lab's signing key is missing, yet the checkpoint of entry %1 was signed with it</source>
        <translation>khóa ký của phòng thí nghiệm bị mất, trong khi điểm kiểm soát của mục %1 đã được ký bằng nó</translation>
    </message>
    <message>
        <source>the row changes entry %1 seals were altered, removed or added to</source>
        <translation>các thay đổi dòng mà mục %1 niêm phong đã bị sửa, xóa hoặc thêm vào</translation>
    </message>
    <message>
        <source>the security log up to event %1, signed by checkpoint %2, was altered</source>
        <translation>nhật ký bảo mật đến sự kiện %1, được ký ở điểm kiểm soát %2, đã bị sửa</translation>
    </message>
    <message>
        <source>the stored certificate %1 is not the one issued: it was changed behind Etalon's back; nothing is printed or vouched for (run audit verify)</source>
        <translation>giấy chứng nhận %1 đang lưu không phải bản đã cấp: nó đã bị sửa ngoài Etalon; không in và không xác nhận gì (hãy chạy audit verify)</translation>
    </message>
    <message>
        <source>%1 is a backup of another lab (“%2”), not of “%3”; nothing was changed (--other-lab to restore it anyway)</source>
        <translation>%1 là bản sao lưu của phòng thí nghiệm khác (“%2”), không phải của “%3”; không có gì thay đổi (dùng --other-lab để vẫn khôi phục)</translation>
    </message>
    <message>
        <source>The lab it replaced is kept as %1</source>
        <translation>Phòng thí nghiệm bị thay thế được giữ lại tại %1</translation>
    </message>
    <message>
        <source>cannot keep a copy of %1 before restoring over it</source>
        <translation>không thể giữ một bản của %1 trước khi khôi phục đè lên</translation>
    </message>
    <message>
        <source>cannot put the restored lab in place of %1: %2</source>
        <translation>không thể đặt phòng thí nghiệm đã khôi phục vào chỗ %1: %2</translation>
    </message>
    <message>
        <source>it differs from the last recorded change</source>
        <translation>nó khác với thay đổi được ghi nhận cuối cùng</translation>
    </message>
    <message>
        <source>the trail of %1 parts from the lab's at entry %2: the lab's entries from there on (%3) would be lost; nothing was changed (--force to restore it anyway)</source>
        <translation>nhật ký của %1 tách khỏi nhật ký của phòng thí nghiệm tại mục %2: các mục từ đó trở đi (%3) sẽ mất; không có gì thay đổi (dùng --force để vẫn khôi phục)</translation>
    </message>
    <message>
        <source>%1 contains an invisible formatting character (U+%2), such as a direction override or a zero-width space</source>
        <translation>%1 chứa ký tự định dạng vô hình (U+%2), như ký tự đảo chiều viết hoặc khoảng trắng độ rộng bằng không</translation>
    </message>
    <message>
        <source>%1 is not valid UTF-8 text</source>
        <translation>%1 không phải văn bản UTF-8 hợp lệ</translation>
    </message>
    <message>
        <source>out of memory while checking the password</source>
        <translation>hết bộ nhớ khi kiểm tra mật khẩu</translation>
    </message>
    <message>
        <source>the password checker failed: %1</source>
        <translation>bộ kiểm tra mật khẩu gặp lỗi: %1</translation>
    </message>
    <message>
        <source>the password is a dictionary word or too simple (%1)</source>
        <translation>mật khẩu là một từ trong từ điển hoặc quá đơn giản (%1)</translation>
    </message>
    <message>
        <source>the password is too systematic (%1)</source>
        <translation>mật khẩu quá có quy luật (%1)</translation>
    </message>
    <message>
        <source>the password is too weak (%1)</source>
        <translation>mật khẩu quá yếu (%1)</translation>
    </message>
    <message>
        <source>the password must not contain the user name</source>
        <translation>mật khẩu không được chứa tên người dùng</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>thiếu %1</translation>
    </message>
    <message>
        <source>%1 is not defined as Etalon defines it: %2</source>
        <translation>%1 không được định nghĩa như Etalon định nghĩa: %2</translation>
    </message>
    <message>
        <source>%1 was added outside Etalon: %2</source>
        <translation>%1 được thêm vào bên ngoài Etalon: %2</translation>
    </message>
    <message>
        <source>the lab's schema was changed behind Etalon's back: %1; restore the lab from a backup</source>
        <translation>lược đồ cơ sở dữ liệu của phòng thí nghiệm đã bị sửa ngoài Etalon: %1; hãy khôi phục phòng thí nghiệm từ bản sao lưu</translation>
    </message>
    <message>
        <source>the schema of %1 was changed behind Etalon's back: %2</source>
        <translation>lược đồ cơ sở dữ liệu của %1 đã bị sửa ngoài Etalon: %2</translation>
    </message>
    <message>
        <source>the password is not valid UTF-8 text</source>
        <translation>mật khẩu không phải văn bản UTF-8 hợp lệ</translation>
    </message>
    <message>
        <source>line %1: %2; nothing was stored</source>
        <translation>dòng %1: %2; không có gì được lưu</translation>
    </message>
    <message>
        <source>%1 cannot be opened as a lab: %2</source>
        <translation>không mở được %1 như một phòng thí nghiệm: %2</translation>
    </message>
    <message>
        <source>%1 is read-only (the file or its folder cannot be written): it can be read and verified, not changed</source>
        <translation>%1 chỉ đọc được (không ghi được tệp hoặc thư mục chứa nó): có thể xem và kiểm tra, không thể thay đổi</translation>
    </message>
    <message>
        <source>%1 was made by an older Etalon and needs upgrading, which a read-only lab cannot be; copy it where it can be written</source>
        <translation>%1 được tạo bởi phiên bản Etalon cũ hơn và cần nâng cấp, điều không làm được với dữ liệu chỉ đọc; hãy sao chép nó tới nơi ghi được</translation>
    </message>
    <message>
        <source>%1 is read-only (the file or its folder cannot be written): it is not replaced</source>
        <translation>%1 chỉ đọc được (không ghi được tệp hoặc thư mục chứa nó): không thay thế nó</translation>
    </message>
    <message>
        <source>%1 is read-only (the file or its folder cannot be written): no lab can be made there</source>
        <translation>%1 chỉ đọc được (không ghi được tệp hoặc thư mục chứa nó): không thể tạo phòng thí nghiệm ở đó</translation>
    </message>
    <message>
        <source>entry %1 does not record the security log's head as every entry after it began does</source>
        <translation>mục %1 không ghi đầu nhật ký an ninh như mọi mục kể từ khi bắt đầu ghi</translation>
    </message>
    <message>
        <source>entry %1 records fewer security events than the entry before it</source>
        <translation>mục %1 ghi ít sự kiện an ninh hơn mục trước nó</translation>
    </message>
    <message>
        <source>security event %1, which entry %2 records as the log's head then, is missing or altered</source>
        <translation>sự kiện an ninh %1, được mục %2 ghi là đầu nhật ký lúc đó, bị mất hoặc bị sửa</translation>
    </message>
    <message>
        <source>the backup %1 is damaged: %2</source>
        <translation>bản sao lưu %1 bị hỏng: %2</translation>
    </message>
    <message>
        <source>the lab's file is damaged (%1); restore it from a backup</source>
        <translation>tệp dữ liệu của phòng thí nghiệm bị hỏng (%1); hãy khôi phục từ bản sao lưu</translation>
    </message>
    <message>
        <source>the lab's schema does not match its version number %1 (%2); it was changed outside Etalon</source>
        <translation>lược đồ của phòng thí nghiệm không khớp với số phiên bản %1 (%2); nó đã bị thay đổi bên ngoài Etalon</translation>
    </message>
    <message>
        <source>kept from the lab the restore replaced</source>
        <translation>giữ lại từ dữ liệu bị thay thế khi khôi phục</translation>
    </message>
    <message>
        <source>%1 (kept from the lab the restore replaced)</source>
        <translation>%1 (giữ lại từ dữ liệu bị thay thế khi khôi phục)</translation>
    </message>
    <message>
        <source>%1 signs as: %2</source>
        <translation>%1 ký với chức danh: %2</translation>
    </message>
    <message>
        <source>%1 signs with the lab's title</source>
        <translation>%1 ký với chức danh chung của đơn vị</translation>
    </message>
    <message>
        <source>a signatory who signs for the head needs their own title too</source>
        <translation>người ký thay thủ trưởng cũng cần có chức danh của chính mình</translation>
    </message>
    <message>
        <source>Certificate %1 is current</source>
        <translation>Giấy chứng nhận %1 đang có hiệu lực</translation>
    </message>
    <message>
        <source>Only the signature was checked: whether the certificate was since withdrawn or replaced is known to the lab (check with its lab file)</source>
        <translation>Chỉ mới kiểm tra chữ ký: giấy chứng nhận có bị thu hồi hay thay thế sau đó hay không thì chỉ đơn vị cấp biết (kiểm tra bằng tệp dữ liệu của đơn vị)</translation>
    </message>
    <message>
        <source>certificate %1 is under review (a standard it relied on is suspect): %2</source>
        <translation>giấy chứng nhận %1 đang được xem xét lại (chuẩn mà nó dựa vào đang bị nghi ngờ): %2</translation>
    </message>
    <message>
        <source>%1 issued in %2 (%3 of them withdrawn since), %4 since 2026; each counted once however often amended. Records of failed verification: %5 in %2, %6 since 2026.</source>
        <translation>%1 giấy chứng nhận cấp trong năm %2 (%3 trong số đó đã bị thu hồi), %4 từ năm 2026; mỗi giấy chỉ tính một lần dù được sửa đổi bao nhiêu lần. Biên bản kiểm định không đạt: %5 trong năm %2, %6 từ năm 2026.</translation>
    </message>
    <message>
        <source>%1 verification and calibration certificates issued (each counted once however often amended), %2 records of failed verification. Stamps: %3 used, %4 voided, %5 held unused at the period's end.</source>
        <translation>%1 giấy chứng nhận kiểm định và hiệu chuẩn đã cấp (mỗi giấy chỉ tính một lần dù được sửa đổi bao nhiêu lần), %2 biên bản kiểm định không đạt. Tem kiểm định: %3 đã sử dụng, %4 đã hủy, %5 chưa sử dụng vào cuối kỳ.</translation>
    </message>
    <message>
        <source>%1, %2 (%3)</source>
        <translation>%1, %2 (%3)</translation>
    </message>
    <message>
        <source>%1, designated under %2.</source>
        <translation>%1, được chỉ định theo %2.</translation>
    </message>
    <message>
        <source>1. Work by measurement field</source>
        <translation>1. Kết quả theo lĩnh vực đo</translation>
    </message>
    <message>
        <source>2. Work by instrument type</source>
        <translation>2. Kết quả theo loại phương tiện đo</translation>
    </message>
    <message>
        <source>3. Certificates and stamps</source>
        <translation>3. Giấy chứng nhận và tem kiểm định</translation>
    </message>
    <message>
        <source>4. Standards and their validity at the period's end</source>
        <translation>4. Chuẩn đo lường và hiệu lực vào cuối kỳ</translation>
    </message>
    <message>
        <source>5. Verifiers and their cards</source>
        <translation>5. Kiểm định viên và chứng chỉ</translation>
    </message>
    <message>
        <source>Activity report %1 – %2 written to %3</source>
        <translation>Đã ghi báo cáo hoạt động %1 – %2 vào %3</translation>
    </message>
    <message>
        <source>At the end</source>
        <translation>Cuối kỳ</translation>
    </message>
    <message>
        <source>Calibration certificate</source>
        <translation>Giấy chứng nhận hiệu chuẩn</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Chứng chỉ</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>Từ %1 đến %2</translation>
    </message>
    <message>
        <source>Inspected</source>
        <translation>Kiểm tra</translation>
    </message>
    <message>
        <source>No verification or calibration was approved in the period.</source>
        <translation>Không có kết quả kiểm định, hiệu chuẩn nào được phê duyệt trong kỳ.</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Số lượt</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Tổng cộng</translation>
    </message>
    <message>
        <source>Verification and calibration activity of measuring instruments</source>
        <translation>Kết quả hoạt động kiểm định, hiệu chuẩn phương tiện đo</translation>
    </message>
    <message>
        <source>Verified, failed</source>
        <translation>Kiểm định không đạt</translation>
    </message>
    <message>
        <source>Verified, passed</source>
        <translation>Kiểm định đạt</translation>
    </message>
    <message>
        <source>Verifier</source>
        <translation>Kiểm định viên</translation>
    </message>
    <message>
        <source>a document number has at most 60 characters</source>
        <translation>số văn bản có tối đa 60 ký tự</translation>
    </message>
    <message>
        <source>a recipient has at most 300 characters</source>
        <translation>nơi nhận có tối đa 300 ký tự</translation>
    </message>
    <message>
        <source>a report covers one year at most</source>
        <translation>một báo cáo bao gồm tối đa một năm</translation>
    </message>
    <message>
        <source>commune or ward not recorded</source>
        <translation>chưa ghi xã, phường</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>hết hiệu lực</translation>
    </message>
    <message>
        <source>in date from %1 to %2</source>
        <translation>còn hiệu lực từ %1 đến %2</translation>
    </message>
    <message>
        <source>no calibration</source>
        <translation>chưa hiệu chuẩn</translation>
    </message>
    <message>
        <source>out of date</source>
        <translation>hết hiệu lực</translation>
    </message>
    <message>
        <source>outside the province</source>
        <translation>ngoài tỉnh</translation>
    </message>
    <message>
        <source>quarantined from %1</source>
        <translation>tạm ngừng sử dụng từ %1</translation>
    </message>
    <message>
        <source>taken on %1</source>
        <translation>đưa vào sử dụng %1</translation>
    </message>
    <message>
        <source>the period cannot end after today (%1)</source>
        <translation>kỳ báo cáo không thể kết thúc sau hôm nay (%1)</translation>
    </message>
    <message>
        <source>the period needs a first day</source>
        <translation>kỳ báo cáo cần ngày bắt đầu</translation>
    </message>
    <message>
        <source>the period's last day is on or after its first</source>
        <translation>ngày kết thúc kỳ báo cáo phải từ ngày bắt đầu trở đi</translation>
    </message>
    <message>
        <source>“%1” is not a commune or ward of %2: give its registered name, such as “%3” (`etalon-cli commune list` shows them all)</source>
        <translation>“%1” không phải là xã, phường của tỉnh %2: hãy ghi tên đã đăng ký, ví dụ “%3” (`etalon-cli commune list` liệt kê tất cả)</translation>
    </message>
    <message>
        <source>a site address is for work at the customer's site (--site on-site)</source>
        <translation>địa chỉ hiện trường chỉ dùng khi thực hiện tại cơ sở của khách hàng (--site on-site)</translation>
    </message>
    <message>
        <source>a statement of conformity needs a specified requirement, and procedure %1 gives no MPE for this instrument</source>
        <translation>tuyên bố sự phù hợp cần một yêu cầu quy định, nhưng quy trình %1 không cho sai số lớn nhất cho phép đối với phương tiện đo này</translation>
    </message>
    <message>
        <source>say where on-site work was done: the instrument has no place of use and its owner no address</source>
        <translation>hãy ghi nơi thực hiện tại hiện trường: phương tiện đo chưa có nơi sử dụng và chủ sở hữu chưa có địa chỉ</translation>
    </message>
    <message>
        <source>--from and --to lie within --year %1</source>
        <translation>--from và --to phải nằm trong năm --year %1</translation>
    </message>
    <message>
        <source>Calibrations</source>
        <translation>Hiệu chuẩn</translation>
    </message>
    <message>
        <source>give --year, or both --from and --to</source>
        <translation>hãy ghi --year, hoặc cả --from và --to</translation>
    </message>
    <message>
        <source>not calibrated from %1 to %2</source>
        <translation>không có hiệu chuẩn từ %1 đến %2</translation>
    </message>
    <message>
        <source>quarantined from %1 to %2</source>
        <translation>tạm ngừng sử dụng từ %1 đến %2</translation>
    </message>
    <message>
        <source>year %1 has not begun</source>
        <translation>năm %1 chưa bắt đầu</translation>
    </message>
    <message>
        <source>a verification always concludes whether the instrument conforms; --conformity is for calibrations</source>
        <translation>một lần kiểm định luôn kết luận phương tiện đo có phù hợp hay không; --conformity chỉ dùng cho hiệu chuẩn</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>chưa ghi</translation>
    </message>
    <message>
        <source>Current signing passphrase: </source>
        <translation>Cụm mật khẩu ký hiện tại: </translation>
    </message>
    <message>
        <source>New signing passphrase: </source>
        <translation>Cụm mật khẩu ký mới: </translation>
    </message>
    <message>
        <source>Signing passphrase changed; the key is the same, so what it signed still verifies</source>
        <translation>Đã đổi cụm mật khẩu ký; khóa ký vẫn là khóa cũ nên mọi thứ đã ký vẫn kiểm tra được</translation>
    </message>
    <message>
        <source>a value is required, e.g. “10” or “10 kg”</source>
        <translation>cần nhập giá trị, ví dụ “10” hoặc “10 kg”</translation>
    </message>
    <message>
        <source>indication %1: %2</source>
        <translation>số chỉ %1: %2</translation>
    </message>
    <message>
        <source>record %1 is %2; a certificate is previewed once the record is completed</source>
        <translation>hồ sơ %1 đang ở trạng thái %2; chỉ xem trước được giấy chứng nhận khi hồ sơ đã hoàn thành</translation>
    </message>
    <message>
        <source>the new signing passphrase is the same as the current one</source>
        <translation>cụm mật khẩu ký mới trùng với cụm hiện tại</translation>
    </message>
    <message>
        <source>“%1” is not a date: type it as 25/11/2026</source>
        <translation>“%1” không phải là ngày: hãy nhập dạng 25/11/2026</translation>
    </message>
    <message>
        <source>Lab created</source>
        <translation>Tạo phòng thí nghiệm</translation>
    </message>
    <message>
        <source>Lab file upgraded</source>
        <translation>Nâng cấp tệp phòng thí nghiệm</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>Sao lưu</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Sao lưu không thành công</translation>
    </message>
    <message>
        <source>Lab restored from a backup</source>
        <translation>Khôi phục phòng thí nghiệm từ bản sao lưu</translation>
    </message>
    <message>
        <source>Demo data generated</source>
        <translation>Tạo dữ liệu mẫu</translation>
    </message>
    <message>
        <source>Lab setting changed</source>
        <translation>Thay đổi thiết lập của phòng thí nghiệm</translation>
    </message>
    <message>
        <source>Designation scope set</source>
        <translation>Đặt phạm vi được chỉ định</translation>
    </message>
    <message>
        <source>Designation scope removed</source>
        <translation>Bỏ phạm vi được chỉ định</translation>
    </message>
    <message>
        <source>Instrument type changed in the catalogue</source>
        <translation>Sửa loại phương tiện đo trong danh mục</translation>
    </message>
    <message>
        <source>Procedure changed in the catalogue</source>
        <translation>Sửa quy trình trong danh mục</translation>
    </message>
    <message>
        <source>User added</source>
        <translation>Thêm người dùng</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Đổi mật khẩu</translation>
    </message>
    <message>
        <source>Verifier card recorded</source>
        <translation>Ghi thẻ kiểm định viên</translation>
    </message>
    <message>
        <source>User's title changed</source>
        <translation>Đổi chức danh của người dùng</translation>
    </message>
    <message>
        <source>Organisation registered</source>
        <translation>Đăng ký tổ chức</translation>
    </message>
    <message>
        <source>Instrument registered</source>
        <translation>Đăng ký phương tiện đo</translation>
    </message>
    <message>
        <source>Instrument transferred to another owner</source>
        <translation>Chuyển phương tiện đo cho chủ sở hữu khác</translation>
    </message>
    <message>
        <source>Organisations imported</source>
        <translation>Nhập danh sách tổ chức</translation>
    </message>
    <message>
        <source>Instruments imported</source>
        <translation>Nhập danh sách phương tiện đo</translation>
    </message>
    <message>
        <source>Standard registered</source>
        <translation>Đăng ký chuẩn</translation>
    </message>
    <message>
        <source>Weight added to a set</source>
        <translation>Thêm quả cân vào bộ</translation>
    </message>
    <message>
        <source>Calibration of a standard recorded</source>
        <translation>Ghi kết quả hiệu chuẩn của chuẩn</translation>
    </message>
    <message>
        <source>Status of a standard changed</source>
        <translation>Đổi trạng thái của chuẩn</translation>
    </message>
    <message>
        <source>Limit of a standard set</source>
        <translation>Đặt giới hạn của chuẩn</translation>
    </message>
    <message>
        <source>Record started</source>
        <translation>Mở biên bản</translation>
    </message>
    <message>
        <source>Reading recorded</source>
        <translation>Ghi kết quả đọc</translation>
    </message>
    <message>
        <source>Reading voided</source>
        <translation>Hủy kết quả đọc</translation>
    </message>
    <message>
        <source>Checklist item set</source>
        <translation>Đánh giá mục kiểm tra</translation>
    </message>
    <message>
        <source>Standard allowed with a written reason</source>
        <translation>Cho phép dùng chuẩn, có lý do bằng văn bản</translation>
    </message>
    <message>
        <source>Record completed</source>
        <translation>Hoàn thành biên bản</translation>
    </message>
    <message>
        <source>Record approved</source>
        <translation>Phê duyệt biên bản</translation>
    </message>
    <message>
        <source>Record sent back</source>
        <translation>Trả lại biên bản</translation>
    </message>
    <message>
        <source>Record revised for an amendment</source>
        <translation>Lập hồ sơ sửa đổi biên bản</translation>
    </message>
    <message>
        <source>Certificate issued</source>
        <translation>Cấp giấy chứng nhận</translation>
    </message>
    <message>
        <source>Certificate replaced by an amendment</source>
        <translation>Thay thế giấy chứng nhận bằng bản sửa đổi</translation>
    </message>
    <message>
        <source>Certificate withdrawn</source>
        <translation>Thu hồi giấy chứng nhận</translation>
    </message>
    <message>
        <source>Certificate marked suspect</source>
        <translation>Đánh dấu giấy chứng nhận cần xem xét</translation>
    </message>
    <message>
        <source>Stamps received</source>
        <translation>Nhận tem kiểm định</translation>
    </message>
    <message>
        <source>Stamp voided</source>
        <translation>Hủy tem kiểm định</translation>
    </message>
    <message>
        <source>Audit trail checkpoint signed</source>
        <translation>Ký điểm kiểm soát của nhật ký kiểm tra</translation>
    </message>
    <message>
        <source>Programme target set</source>
        <translation>Đặt chỉ tiêu của chương trình</translation>
    </message>
    <message>
        <source>Enterprise enrolled in measurement assurance</source>
        <translation>Doanh nghiệp tham gia chương trình đảm bảo đo lường</translation>
    </message>
    <message>
        <source>Check-scale point added</source>
        <translation>Thêm điểm cân đối chứng</translation>
    </message>
    <message>
        <source>Check-scale point equipped</source>
        <translation>Trang bị cho điểm cân đối chứng</translation>
    </message>
    <message>
        <source>Status of a check-scale point changed</source>
        <translation>Đổi trạng thái của điểm cân đối chứng</translation>
    </message>
    <message>
        <source>Training recorded</source>
        <translation>Ghi khóa đào tạo</translation>
    </message>
    <message>
        <source>Training attendance recorded</source>
        <translation>Ghi người tham dự khóa đào tạo</translation>
    </message>
    <message>
        <source>Assessment recorded</source>
        <translation>Ghi đợt đánh giá</translation>
    </message>
    <message>
        <source>lab</source>
        <translation>phòng thí nghiệm</translation>
    </message>
    <message>
        <source>setting</source>
        <translation>thiết lập</translation>
    </message>
    <message>
        <source>designation scope</source>
        <translation>phạm vi được chỉ định</translation>
    </message>
    <message>
        <source>instrument type</source>
        <translation>loại phương tiện đo</translation>
    </message>
    <message>
        <source>procedure</source>
        <translation>quy trình</translation>
    </message>
    <message>
        <source>user</source>
        <translation>người dùng</translation>
    </message>
    <message>
        <source>verifier card</source>
        <translation>thẻ kiểm định viên</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>tổ chức</translation>
    </message>
    <message>
        <source>instrument</source>
        <translation>phương tiện đo</translation>
    </message>
    <message>
        <source>import</source>
        <translation>nhập dữ liệu</translation>
    </message>
    <message>
        <source>standard</source>
        <translation>chuẩn</translation>
    </message>
    <message>
        <source>weight of a set</source>
        <translation>quả cân trong bộ</translation>
    </message>
    <message>
        <source>calibration of a standard</source>
        <translation>lần hiệu chuẩn của chuẩn</translation>
    </message>
    <message>
        <source>record</source>
        <translation>biên bản</translation>
    </message>
    <message>
        <source>reading</source>
        <translation>kết quả đọc</translation>
    </message>
    <message>
        <source>certificate</source>
        <translation>giấy chứng nhận</translation>
    </message>
    <message>
        <source>stamp</source>
        <translation>tem kiểm định</translation>
    </message>
    <message>
        <source>enrolment</source>
        <translation>đăng ký tham gia</translation>
    </message>
    <message>
        <source>check-scale point</source>
        <translation>điểm cân đối chứng</translation>
    </message>
    <message>
        <source>training</source>
        <translation>khóa đào tạo</translation>
    </message>
    <message>
        <source>training attendee</source>
        <translation>người tham dự đào tạo</translation>
    </message>
    <message>
        <source>assessment</source>
        <translation>đợt đánh giá</translation>
    </message>
    <message>
        <source>certificate %1 is exactly as issued, but it was withdrawn on %2: %3</source>
        <translation>giấy chứng nhận %1 đúng như bản đã cấp, nhưng đã bị thu hồi ngày %2: %3</translation>
    </message>
    <message>
        <source>certificate %1 is exactly as issued, but it was replaced on %2 by certificate %3</source>
        <translation>giấy chứng nhận %1 đúng như bản đã cấp, nhưng ngày %2 đã được thay thế bằng giấy chứng nhận %3</translation>
    </message>
    <message>
        <source>certificate %1, issued %2 by this lab, exactly as issued; it is current</source>
        <translation>giấy chứng nhận %1 do phòng thí nghiệm này cấp ngày %2, đúng như bản đã cấp; đang có hiệu lực</translation>
    </message>
    <message>
        <source>this file is not a PDF file, so it is no certificate</source>
        <translation>tệp này không phải tệp PDF nên không phải giấy chứng nhận</translation>
    </message>
    <message>
        <source>this PDF names no certificate number: it is not a certificate issued by this lab</source>
        <translation>tệp PDF này không ghi số giấy chứng nhận nào: không phải giấy chứng nhận do phòng thí nghiệm này cấp</translation>
    </message>
    <message>
        <source>this lab never issued a certificate numbered %1: the file is not one of its certificates</source>
        <translation>phòng thí nghiệm này chưa từng cấp giấy chứng nhận số %1: tệp này không phải giấy chứng nhận của phòng thí nghiệm</translation>
    </message>
    <message>
        <source>this file says it is certificate %1, but it is not the document this lab issued under that number (its PDF identifier differs): it was not issued by this lab</source>
        <translation>tệp này ghi là giấy chứng nhận %1, nhưng không phải văn bản phòng thí nghiệm này đã cấp với số đó (mã định danh PDF khác): không do phòng thí nghiệm này cấp</translation>
    </message>
    <message>
        <source>this file is certificate %1 as this lab issued it, altered since: its bytes differ from the ones issued</source>
        <translation>tệp này là giấy chứng nhận %1 do phòng thí nghiệm này cấp nhưng đã bị sửa đổi sau khi cấp: nội dung tệp khác với bản đã cấp</translation>
    </message>
    <message>
        <source>no audit entry %1</source>
        <translation>không có mục nhật ký %1</translation>
    </message>
    <message>
        <source>record %1</source>
        <translation>biên bản %1</translation>
    </message>
    <message>
        <source>No audit entry matches.</source>
        <translation>Không có mục nhật ký nào phù hợp.</translation>
    </message>
    <message>
        <source>Checklist item taken back to not checked</source>
        <translation>Mục kiểm tra được trả về chưa kiểm tra</translation>
    </message>
    <message>
        <source>Signing key made</source>
        <translation>Tạo khóa ký</translation>
    </message>
    <message>
        <source>Signing passphrase changed</source>
        <translation>Đổi cụm mật khẩu ký</translation>
    </message>
    <message>
        <source>%1 sent to %2</source>
        <translation>Đã gửi %1 tới %2</translation>
    </message>
    <message>
        <source>back left</source>
        <translation>sau trái</translation>
    </message>
    <message>
        <source>back right</source>
        <translation>sau phải</translation>
    </message>
    <message>
        <source>calibration certificate</source>
        <translation>giấy chứng nhận hiệu chuẩn</translation>
    </message>
    <message>
        <source>centre</source>
        <translation>giữa</translation>
    </message>
    <message>
        <source>could not write %1: %2</source>
        <translation>không ghi được %1: %2</translation>
    </message>
    <message>
        <source>could not write the file to print: %1</source>
        <translation>không ghi được tệp để in: %1</translation>
    </message>
    <message>
        <source>failure record</source>
        <translation>biên bản kiểm định không đạt</translation>
    </message>
    <message>
        <source>front left</source>
        <translation>trước trái</translation>
    </message>
    <message>
        <source>front right</source>
        <translation>trước phải</translation>
    </message>
    <message>
        <source>no certificate is shown to print</source>
        <translation>không có giấy chứng nhận nào đang hiển thị để in</translation>
    </message>
    <message>
        <source>replaced</source>
        <translation>đã bị thay thế</translation>
    </message>
    <message>
        <source>the print server refused the certificate: %1</source>
        <translation>máy chủ in từ chối giấy chứng nhận: %1</translation>
    </message>
    <message>
        <source>verification certificate</source>
        <translation>giấy chứng nhận kiểm định</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>đã thu hồi</translation>
    </message>
    <message>
        <source>in force</source>
        <translation>còn hiệu lực</translation>
    </message>
    <message>
        <source>%1 certificate(s) issued for the instrument print this value: it cannot change</source>
        <translation>%1 giấy chứng nhận đã cấp cho phương tiện đo có in giá trị này: không thể thay đổi</translation>
    </message>
    <message>
        <source>%1 completed record(s) were judged against this value: it cannot change (register the instrument again if it was rebuilt)</source>
        <translation>%1 biên bản đã hoàn thành được đánh giá theo giá trị này: không thể thay đổi (nếu phương tiện đo đã được chế tạo lại, hãy đăng ký lại)</translation>
    </message>
    <message>
        <source>%1 customer(s)</source>
        <translation>%1 khách hàng</translation>
    </message>
    <message>
        <source>%1 holds no verifier card for the field “%2”</source>
        <translation>%1 không có thẻ kiểm định viên cho lĩnh vực “%2”</translation>
    </message>
    <message>
        <source>%1 national institute(s)</source>
        <translation>%1 viện đo lường quốc gia</translation>
    </message>
    <message>
        <source>%1 of %2 hold a valid card</source>
        <translation>%1 trên %2 người có chứng chỉ còn hiệu lực</translation>
    </message>
    <message>
        <source>%1 of %2 standard(s) in service calibrated and in date</source>
        <translation>%1 trên %2 chuẩn đang sử dụng đã được hiệu chuẩn và còn hạn</translation>
    </message>
    <message>
        <source>%1 of %2 steps done</source>
        <translation>Đã xong %1 trên %2 bước</translation>
    </message>
    <message>
        <source>%1 standard(s) in service</source>
        <translation>%1 chuẩn đang sử dụng</translation>
    </message>
    <message>
        <source>%1 technician(s) and manager(s)</source>
        <translation>%1 kiểm định viên và người quản lý</translation>
    </message>
    <message>
        <source>%1 unused stamp(s)</source>
        <translation>%1 tem chưa dùng</translation>
    </message>
    <message>
        <source>%1's verifier card(s) for %2 removed: %3</source>
        <translation>Đã xóa thẻ kiểm định viên lĩnh vực %2 của %1: %3</translation>
    </message>
    <message>
        <source>A valid calibration of each standard in service</source>
        <translation>Mỗi chuẩn đang sử dụng có hiệu chuẩn còn hiệu lực</translation>
    </message>
    <message>
        <source>A valid verifier card for each of them</source>
        <translation>Mỗi người có thẻ kiểm định viên còn hiệu lực</translation>
    </message>
    <message>
        <source>Customers, whose instruments the lab verifies</source>
        <translation>Khách hàng có phương tiện đo do phòng thí nghiệm kiểm định</translation>
    </message>
    <message>
        <source>Instrument %1 changed: %2 serial %3</source>
        <translation>Đã sửa phương tiện đo %1: %2 số sản xuất %3</translation>
    </message>
    <message>
        <source>Instrument's details changed</source>
        <translation>Sửa thông tin phương tiện đo</translation>
    </message>
    <message>
        <source>Organisation %1 changed: %2</source>
        <translation>Đã sửa tổ chức %1: %2</translation>
    </message>
    <message>
        <source>Organisation's details changed</source>
        <translation>Sửa thông tin tổ chức</translation>
    </message>
    <message>
        <source>The lab's details that certificates print</source>
        <translation>Thông tin của phòng thí nghiệm in trên giấy chứng nhận</translation>
    </message>
    <message>
        <source>The lab's standards</source>
        <translation>Chuẩn của phòng thí nghiệm</translation>
    </message>
    <message>
        <source>The national metrology institute that calibrates the lab's standards</source>
        <translation>Viện đo lường quốc gia hiệu chuẩn chuẩn của phòng thí nghiệm</translation>
    </message>
    <message>
        <source>The people who verify and approve</source>
        <translation>Người kiểm định và người phê duyệt</translation>
    </message>
    <message>
        <source>Verification stamps</source>
        <translation>Tem kiểm định</translation>
    </message>
    <message>
        <source>Verifier card removed</source>
        <translation>Xóa thẻ kiểm định viên</translation>
    </message>
    <message>
        <source>address</source>
        <translation>địa chỉ</translation>
    </message>
    <message>
        <source>address, designation number and governing body are set</source>
        <translation>đã có địa chỉ, số quyết định chỉ định và cơ quan chủ quản</translation>
    </message>
    <message>
        <source>designation number</source>
        <translation>số quyết định chỉ định</translation>
    </message>
    <message>
        <source>governing body</source>
        <translation>cơ quan chủ quản</translation>
    </message>
    <message>
        <source>missing: %1</source>
        <translation>còn thiếu: %1</translation>
    </message>
    <message>
        <source>the field of the card to remove is required</source>
        <translation>cần nêu lĩnh vực của chứng chỉ cần xóa</translation>
    </message>
    <message>
        <source>the instrument has %1 record(s) made as a %2: its type cannot change</source>
        <translation>phương tiện đo đã có %1 biên bản lập theo loại %2: không thể đổi loại</translation>
    </message>
    <message>
        <source>the lab's contents could not be counted</source>
        <translation>không đếm được dữ liệu của phòng thí nghiệm</translation>
    </message>
    <message>
        <source>the lab's own name and address are changed in the lab's settings</source>
        <translation>tên và địa chỉ của chính phòng thí nghiệm được sửa trong phần thiết lập phòng thí nghiệm</translation>
    </message>
    <message>
        <source>the organisation calibrated %1 of the lab's standards: it stays a laboratory or institute</source>
        <translation>tổ chức đã hiệu chuẩn %1 chuẩn của phòng thí nghiệm: tổ chức phải vẫn là phòng hiệu chuẩn hoặc viện đo lường</translation>
    </message>
    <message>
        <source>the organisation owns %1 instrument(s): it stays a customer</source>
        <translation>tổ chức đang sở hữu %1 phương tiện đo: tổ chức phải vẫn là khách hàng</translation>
    </message>
    <message>
        <source>the owner changes by a transfer, which keeps the date it changed hands</source>
        <translation>chủ sở hữu chỉ đổi bằng việc chuyển giao, để lưu lại ngày chuyển chủ</translation>
    </message>
    <message>
        <source>“%1” is not a field of the catalogue's instrument types; the fields are: %2</source>
        <translation>“%1” không phải là lĩnh vực của các loại phương tiện đo trong danh mục; các lĩnh vực gồm: %2</translation>
    </message>
    <message>
        <source>not used yet</source>
        <translation>chưa dùng</translation>
    </message>
    <message>
        <source>used</source>
        <translation>đã dùng</translation>
    </message>
    <message>
        <source>voided</source>
        <translation>đã hủy bỏ</translation>
    </message>
    <message>
        <source>a lab is on one server: give one host, not “%1”</source>
        <translation>một phòng thí nghiệm nằm trên một máy chủ: hãy cho một máy chủ, không phải “%1”</translation>
    </message>
    <message>
        <source>sslmode is one of %1, not “%2”</source>
        <translation>sslmode là một trong %1, không phải “%2”</translation>
    </message>
    <message>
        <source>“%1” is not a PostgreSQL connection URI (postgresql://user@host:port/database)</source>
        <translation>“%1” không phải là URI kết nối PostgreSQL (postgresql://người_dùng@máy_chủ:cổng/cơ_sở_dữ_liệu)</translation>
    </message>
    <message>
        <source>“%1” is not a PostgreSQL connection parameter</source>
        <translation>“%1” không phải là tham số kết nối PostgreSQL</translation>
    </message>
    <message>
        <source>“%1” is not a host and port</source>
        <translation>“%1” không phải là máy chủ và cổng</translation>
    </message>
    <message>
        <source>“%1” is not a parameter=value pair</source>
        <translation>“%1” không phải là cặp tham_số=giá_trị</translation>
    </message>
    <message>
        <source>“%1” is not a port (1 to 65535)</source>
        <translation>“%1” không phải là cổng (1 đến 65535)</translation>
    </message>
    <message>
        <source>“%1” is not percent-encoded correctly</source>
        <translation>“%1” không được mã hóa phần trăm đúng</translation>
    </message>
    <message>
        <source>“%1” opens an address with “[” it does not close</source>
        <translation>“%1” mở địa chỉ bằng “[” mà không đóng</translation>
    </message>
    <message>
        <source>%1 exists already; a lab is moved into a new file only</source>
        <translation>%1 đã có; phòng thí nghiệm chỉ được chuyển vào một tệp mới</translation>
    </message>
    <message>
        <source>%1 holds a lab already; a lab is moved into an empty database only</source>
        <translation>%1 đã chứa một phòng thí nghiệm; chỉ chuyển vào một cơ sở dữ liệu trống</translation>
    </message>
    <message>
        <source>%1 is the lab itself</source>
        <translation>%1 chính là phòng thí nghiệm này</translation>
    </message>
    <message>
        <source>Password of the database user for %1: </source>
        <translation>Mật khẩu của người dùng cơ sở dữ liệu cho %1: </translation>
    </message>
    <message>
        <source>a lab is copied between labs of this Etalon's schema version only (%1)</source>
        <translation>chỉ sao chép giữa các phòng thí nghiệm cùng phiên bản lược đồ của Etalon này (%1)</translation>
    </message>
    <message>
        <source>cannot reach the lab's server at %1: %2</source>
        <translation>không kết nối được máy chủ của phòng thí nghiệm tại %1: %2</translation>
    </message>
    <message>
        <source>storage error: the new row's id was not returned</source>
        <translation>lỗi lưu trữ: không nhận được mã của dòng mới</translation>
    </message>
    <message>
        <source>the connection to the lab's server failed: %1</source>
        <translation>kết nối tới máy chủ của phòng thí nghiệm bị lỗi: %1</translation>
    </message>
    <message>
        <source>the database %1 holds another program's tables, not an Etalon lab; nothing was changed</source>
        <translation>cơ sở dữ liệu %1 chứa bảng của chương trình khác, không phải phòng thí nghiệm Etalon; không có gì bị thay đổi</translation>
    </message>
    <message>
        <source>the database %1 holds no Etalon lab; nothing was changed (etalon-cli init creates one)</source>
        <translation>cơ sở dữ liệu %1 chưa có phòng thí nghiệm Etalon; không có gì bị thay đổi (etalon-cli init để tạo)</translation>
    </message>
    <message>
        <source>the lab's database is damaged (%1); restore it from a backup</source>
        <translation>cơ sở dữ liệu của phòng thí nghiệm bị hỏng (%1); hãy khôi phục từ bản sao lưu</translation>
    </message>
    <message>
        <source>the lab's tables reference each other in a circle: %1</source>
        <translation>các bảng của phòng thí nghiệm tham chiếu vòng lẫn nhau: %1</translation>
    </message>
    <message>
        <source>the moved lab at %1 does not verify: %2</source>
        <translation>phòng thí nghiệm đã chuyển tại %1 không xác minh được: %2</translation>
    </message>
    <message>
        <source>the server runs PostgreSQL %1; Etalon needs PostgreSQL 15 or newer</source>
        <translation>máy chủ chạy PostgreSQL %1; Etalon cần PostgreSQL 15 trở lên</translation>
    </message>
    <message>
        <source>this computer cannot reach PostgreSQL servers: Qt's PostgreSQL driver (QPSQL, Debian package libqt6sql6-psql) is not installed</source>
        <translation>máy tính này không kết nối được máy chủ PostgreSQL: chưa cài trình điều khiển PostgreSQL của Qt (QPSQL, gói Debian libqt6sql6-psql)</translation>
    </message>
    <message>
        <source>where to move the lab is required: a new lab file or an empty PostgreSQL database's URI</source>
        <translation>cần cho biết nơi chuyển phòng thí nghiệm tới: một tệp mới hoặc URI của một cơ sở dữ liệu PostgreSQL trống</translation>
    </message>
    <message>
        <source>Lab copied to another database to move it there</source>
        <translation>Sao chép phòng thí nghiệm sang cơ sở dữ liệu khác để chuyển sang đó</translation>
    </message>
    <message>
        <source>Lab moved: this copy is kept to be read only</source>
        <translation>Đã chuyển phòng thí nghiệm: bản này chỉ được giữ để xem</translation>
    </message>
    <message>
        <source>The lab at %1 moved to %2 and checked: %3 audit entries intact, %4 certificates verify. Work on it there: the lab at %1 is kept to be read, not changed.</source>
        <translation>Phòng thí nghiệm tại %1 đã chuyển sang %2 và được kiểm tra: %3 mục nhật ký nguyên vẹn, %4 giấy chứng nhận xác minh được. Hãy làm việc ở nơi mới: phòng thí nghiệm tại %1 chỉ được giữ để xem, không được thay đổi.</translation>
    </message>
    <message>
        <source>this lab was moved to %1; it is kept to be read, not changed: work on the lab there</source>
        <translation>phòng thí nghiệm này đã được chuyển sang %1; bản này chỉ được giữ để xem, không được thay đổi: hãy làm việc trên phòng thí nghiệm ở đó</translation>
    </message>
    <message>
        <source> (by %1 at %2)</source>
        <translation> (bởi %1 lúc %2)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>being edited by %1 at %2 since %3</source>
        <translation>đang được %1 sửa tại máy %2 từ %3</translation>
    </message>
    <message>
        <source>record %1 is %2%3 and can no longer be changed</source>
        <translation>hồ sơ %1 đã ở trạng thái %2%3 và không thể sửa nữa</translation>
    </message>
    <message>
        <source>record %1 is %2%3; only a completed record can be approved or sent back</source>
        <translation>hồ sơ %1 đang ở trạng thái %2%3; chỉ hồ sơ đã hoàn thành mới được phê duyệt hoặc trả lại</translation>
    </message>
    <message>
        <source>record %1 is %2; it can be changed once they close it (or %3 minutes after their desk last answered)</source>
        <translation>hồ sơ %1 %2; có thể sửa khi người đó đóng hồ sơ (hoặc %3 phút sau lần cuối máy của họ phản hồi)</translation>
    </message>
    <message>
        <source>a demo lab is made in a file, not on a server</source>
        <translation>phòng thí nghiệm mẫu (demo) chỉ được tạo trong một tệp, không trên máy chủ</translation>
    </message>
    <message>
        <source>serial “%1” is already registered for %2 made by “%3” (instrument %4)</source>
        <translation>số sê-ri “%1” đã được đăng ký cho %2 do “%3” sản xuất (phương tiện %4)</translation>
    </message>
    <message>
        <source>serial “%1” is already registered for %2 with no manufacturer named (instrument %3)</source>
        <translation>số sê-ri “%1” đã được đăng ký cho %2 không ghi nhà sản xuất (phương tiện %3)</translation>
    </message>
    <message>
        <source>the server at %1 refused the password given for its database user %2</source>
        <translation>máy chủ %1 từ chối mật khẩu đã nhập cho người dùng cơ sở dữ liệu %2</translation>
    </message>
    <message>
        <source>the server at %1 wants a password for its database user %2: give it in PGPASSWORD or ~/.pgpass, or type it when asked</source>
        <translation>máy chủ %1 cần mật khẩu cho người dùng cơ sở dữ liệu %2: đặt trong PGPASSWORD hoặc ~/.pgpass, hoặc nhập khi được hỏi</translation>
    </message>
    <message>
        <source>Record %1 is %2.</source>
        <translation>Hồ sơ %1 %2.</translation>
    </message>
</context>
<context>
    <name>Etalon::ApprovalsPage</name>
    <message>
        <source>Waiting for approval</source>
        <translation>Chờ phê duyệt</translation>
    </message>
    <message>
        <source>Approved, certificate not issued</source>
        <translation>Đã phê duyệt, chưa cấp giấy chứng nhận</translation>
    </message>
    <message>
        <source>Certificate issued</source>
        <translation>Đã cấp giấy chứng nhận</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Phê duyệt</translation>
    </message>
    <message>
        <source>Send &amp;back…</source>
        <translation>&amp;Trả lại…</translation>
    </message>
    <message>
        <source>&amp;Issue certificate…</source>
        <translation>&amp;Cấp giấy chứng nhận…</translation>
    </message>
    <message>
        <source>Record %1 approved</source>
        <translation>Hồ sơ %1 đã được phê duyệt</translation>
    </message>
    <message>
        <source>Send back</source>
        <translation>Trả lại</translation>
    </message>
    <message>
        <source>Why does record %1 go back to the technician?</source>
        <translation>Vì sao trả hồ sơ %1 lại cho kỹ thuật viên?</translation>
    </message>
    <message>
        <source>Record %1 sent back</source>
        <translation>Hồ sơ %1 đã được trả lại</translation>
    </message>
    <message>
        <source>Issue certificate</source>
        <translation>Cấp giấy chứng nhận</translation>
    </message>
    <message>
        <source>The lab's signing passphrase:</source>
        <translation>Mật khẩu khóa ký của phòng thí nghiệm:</translation>
    </message>
    <message>
        <source>Certificate %1 issued</source>
        <translation>Đã cấp giấy chứng nhận %1</translation>
    </message>
    <message>
        <source>Amend certificate</source>
        <translation>Sửa đổi giấy chứng nhận</translation>
    </message>
    <message>
        <source>This record revises certificate %1. Why is it amended?</source>
        <translation>Hồ sơ này sửa đổi giấy chứng nhận %1. Vì sao sửa đổi?</translation>
    </message>
    <message>
        <source>&amp;Export all records (CSV)…</source>
        <translation>&amp;Xuất mọi hồ sơ (CSV)…</translation>
    </message>
    <message>
        <source>&amp;Review…</source>
        <translation>&amp;Xem xét…</translation>
    </message>
    <message>
        <source>Nothing here: records appear once a technician completes them.</source>
        <translation>Chưa có gì: hồ sơ xuất hiện ở đây khi kỹ thuật viên hoàn thành.</translation>
    </message>
</context>
<context>
    <name>Etalon::AuditPage</name>
    <message>
        <source>Entry</source>
        <translation>Mục</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Người dùng</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <source>every user</source>
        <translation>mọi người dùng</translation>
    </message>
    <message>
        <source>everything</source>
        <translation>tất cả</translation>
    </message>
    <message>
        <source>from</source>
        <translation>từ</translation>
    </message>
    <message>
        <source>to</source>
        <translation>đến</translation>
    </message>
    <message>
        <source>&amp;Check the audit chain</source>
        <translation>&amp;Kiểm tra chuỗi nhật ký</translation>
    </message>
    <message>
        <source>%1 entries</source>
        <translation>%1 mục</translation>
    </message>
    <message>
        <source>The audit trail is broken at entry %1: %2</source>
        <translation>Nhật ký kiểm tra bị đứt tại mục %1: %2</translation>
    </message>
    <message>
        <source>The data differs from the audit trail: %1</source>
        <translation>Dữ liệu khác với nhật ký kiểm tra: %1</translation>
    </message>
    <message>
        <source>The lab file is damaged: %1</source>
        <translation>Tệp phòng thí nghiệm bị hỏng: %1</translation>
    </message>
    <message>
        <source>The lab's schema was changed behind Etalon's back: %1</source>
        <translation>Lược đồ cơ sở dữ liệu của phòng thí nghiệm đã bị sửa ngoài Etalon: %1</translation>
    </message>
    <message>
        <source>Audit trail intact: %1 entries, %2 signed checkpoints</source>
        <translation>Nhật ký kiểm tra nguyên vẹn: %1 bản ghi, %2 điểm kiểm soát có chữ ký</translation>
    </message>
    <message>
        <source>When (local time, %1)</source>
        <translation>Thời điểm (giờ địa phương, %1)</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Giấy chứng nhận</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Biên bản</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Phương tiện đo</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Đối tượng</translation>
    </message>
    <message>
        <source>Search all dates: certificate number, serial, user, action or any text…</source>
        <translation>Tìm trong mọi ngày: số giấy chứng nhận, số sản xuất, người dùng, thao tác hoặc nội dung bất kỳ…</translation>
    </message>
    <message>
        <source>&amp;Show the entry found</source>
        <translation>&amp;Xem mục được nêu</translation>
    </message>
    <message>
        <source>Show &amp;details (as stored)</source>
        <translation>Xem &amp;chi tiết (như đã lưu)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 — %2
Before:
%3
After:
%4</source>
        <translation>%1 — %2
Trước:
%3
Sau:
%4</translation>
    </message>
    <message>
        <source>%1 entries mention “%2” (all dates)</source>
        <translation>%1 mục có “%2” (mọi ngày)</translation>
    </message>
    <message>
        <source>&amp;Show entry %1</source>
        <translation>&amp;Xem mục %1</translation>
    </message>
    <message>
        <source>Entry %1: %2</source>
        <translation>Mục %1: %2</translation>
    </message>
</context>
<context>
    <name>Etalon::CalibrationDialog</name>
    <message>
        <source>Record a calibration of standard %1</source>
        <translation>Ghi kết quả hiệu chuẩn chuẩn %1</translation>
    </message>
    <message>
        <source>our standard %1 (%2)</source>
        <translation>chuẩn của phòng: %1 (%2)</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Số hiệu chính</translation>
    </message>
    <message>
        <source>Expanded uncertainty U</source>
        <translation>Độ không đảm bảo đo mở rộng U</translation>
    </message>
    <message>
        <source>k</source>
        <translation>k</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Ngày:</translation>
    </message>
    <message>
        <source>&amp;Valid until:</source>
        <translation>&amp;Hiệu lực đến:</translation>
    </message>
    <message>
        <source>&amp;Certificate:</source>
        <translation>&amp;Giấy chứng nhận:</translation>
    </message>
    <message>
        <source>Calibrated &amp;by:</source>
        <translation>Hiệu chuẩn &amp;bởi:</translation>
    </message>
    <message>
        <source>Points:</source>
        <translation>Các điểm:</translation>
    </message>
    <message>
        <source>Add a &amp;row</source>
        <translation>Thêm &amp;dòng</translation>
    </message>
    <message>
        <source>row %1 has no value</source>
        <translation>dòng %1 chưa có giá trị</translation>
    </message>
    <message>
        <source>Weight (mark)</source>
        <translation>Quả cân (ký hiệu)</translation>
    </message>
</context>
<context>
    <name>Etalon::CataloguePage</name>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Đại lượng</translation>
    </message>
    <message>
        <source>Group 2</source>
        <translation>Nhóm 2</translation>
    </message>
    <message>
        <source>Cycle (months)</source>
        <translation>Chu kỳ (tháng)</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Quy trình</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Căn cứ pháp lý</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <source>no</source>
        <translation>không</translation>
    </message>
    <message>
        <source>%1 instrument types</source>
        <translation>%1 loại phương tiện đo</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tên quy trình</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Kiểu</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Danh mục kiểm tra</translation>
    </message>
</context>
<context>
    <name>Etalon::CertificatesPage</name>
    <message>
        <source>Number</source>
        <translation>Số</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Ngày cấp</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Chủ sở hữu</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Hiệu lực đến</translation>
    </message>
    <message>
        <source>Stamp</source>
        <translation>Tem</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;Lưu thành…</translation>
    </message>
    <message>
        <source>&amp;Verify a PDF file…</source>
        <translation>&amp;Xác thực tệp PDF…</translation>
    </message>
    <message>
        <source>Verify a certificate</source>
        <translation>Xác thực giấy chứng nhận</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <source>, suspect</source>
        <translation>, nghi vấn</translation>
    </message>
    <message>
        <source>%1 certificates</source>
        <translation>%1 giấy chứng nhận</translation>
    </message>
    <message>
        <source>Save the certificate</source>
        <translation>Lưu giấy chứng nhận</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Không ghi được %1: %2</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Đã lưu %1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Không đọc được %1: %2</translation>
    </message>
    <message>
        <source>Save all &amp;listed…</source>
        <translation>Lưu &amp;tất cả đang hiển thị…</translation>
    </message>
    <message>
        <source>Folder for the certificates</source>
        <translation>Thư mục lưu giấy chứng nhận</translation>
    </message>
    <message>
        <source>%1 certificates saved in %2</source>
        <translation>Đã lưu %1 giấy chứng nhận vào %2</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>&amp;Thu hồi…</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Thu hồi</translation>
    </message>
    <message>
        <source>Why is certificate %1 withdrawn?</source>
        <translation>Vì sao thu hồi giấy chứng nhận %1?</translation>
    </message>
    <message>
        <source>Select a certificate first</source>
        <translation>Hãy chọn một giấy chứng nhận trước</translation>
    </message>
    <message>
        <source>Certificate %1 withdrawn</source>
        <translation>Đã thu hồi giấy chứng nhận %1</translation>
    </message>
    <message>
        <source>Saving certificates…</source>
        <translation>Đang lưu giấy chứng nhận…</translation>
    </message>
    <message>
        <source>&amp;Revise for an amendment</source>
        <translation>&amp;Lập hồ sơ sửa đổi</translation>
    </message>
    <message>
        <source>Record %1 is a new draft revising it: correct it, complete it, and once approved its certificate amends this one</source>
        <translation>Hồ sơ %1 là bản nháp mới để sửa đổi: hãy sửa, hoàn thành, và khi được phê duyệt giấy chứng nhận của nó sẽ thay thế giấy này</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Xuất CSV…</translation>
    </message>
    <message>
        <source>No certificates yet: a manager issues them from Approvals once a record is approved.</source>
        <translation>Chưa có giấy chứng nhận: người quản lý cấp ở trang Phê duyệt khi hồ sơ đã được phê duyệt.</translation>
    </message>
    <message>
        <source>✓ Valid: %1 is certificate %2, issued %3 by this lab, exactly as issued, and it is current.</source>
        <translation>✓ Hợp lệ: %1 là giấy chứng nhận %2 do phòng thí nghiệm này cấp ngày %3, đúng như bản đã cấp và đang có hiệu lực.</translation>
    </message>
    <message>
        <source>✗ Not a PDF: %1 is not a PDF file, so it is no certificate.</source>
        <translation>✗ Không phải PDF: %1 không phải tệp PDF nên không phải giấy chứng nhận.</translation>
    </message>
    <message>
        <source>✗ Not issued by this lab: %1 says it is certificate %2, but it is not the document this lab issued under that number (its PDF identifier differs).</source>
        <translation>✗ Không do phòng thí nghiệm này cấp: %1 ghi là giấy chứng nhận %2, nhưng không phải văn bản phòng thí nghiệm này đã cấp với số đó (mã định danh PDF khác).</translation>
    </message>
    <message>
        <source>✗ Not issued by this lab: this lab never issued a certificate numbered %1.</source>
        <translation>✗ Không do phòng thí nghiệm này cấp: phòng thí nghiệm này chưa từng cấp giấy chứng nhận số %1.</translation>
    </message>
    <message>
        <source>✗ Not issued by this lab: %1 names no certificate number.</source>
        <translation>✗ Không do phòng thí nghiệm này cấp: %1 không ghi số giấy chứng nhận nào.</translation>
    </message>
    <message>
        <source>✗ Altered: %1 is certificate %2 as this lab issued it, changed since: its bytes differ from the ones issued. Print it again from the lab (Certificates → Print).</source>
        <translation>✗ Đã bị sửa đổi: %1 là giấy chứng nhận %2 do phòng thí nghiệm này cấp nhưng đã bị thay đổi sau khi cấp: nội dung tệp khác với bản đã cấp. Hãy in lại từ phòng thí nghiệm (Giấy chứng nhận → In).</translation>
    </message>
    <message>
        <source>✗ Withdrawn: certificate %1 is exactly as issued, but it was withdrawn on %2. Reason: %3</source>
        <translation>✗ Đã thu hồi: giấy chứng nhận %1 đúng như bản đã cấp, nhưng đã bị thu hồi ngày %2. Lý do: %3</translation>
    </message>
    <message>
        <source>✗ Replaced: certificate %1 is exactly as issued, but it was replaced on %2 by certificate %3.</source>
        <translation>✗ Đã được thay thế: giấy chứng nhận %1 đúng như bản đã cấp, nhưng ngày %2 đã được thay thế bằng giấy chứng nhận %3.</translation>
    </message>
    <message>
        <source>Withdraw certificate %1? It stays on record as withdrawn and cannot be made current again.</source>
        <translation>Thu hồi giấy chứng nhận %1? Giấy vẫn được lưu với trạng thái đã thu hồi và không thể có hiệu lực trở lại.</translation>
    </message>
</context>
<context>
    <name>Etalon::DuePage</name>
    <message>
        <source>Overdue or due within </source>
        <translation>Quá hạn hoặc đến hạn trong </translation>
    </message>
    <message>
        <source> days</source>
        <translation> ngày</translation>
    </message>
    <message>
        <source>Filter by owner, serial or name…</source>
        <translation>Lọc theo chủ sở hữu, số sản xuất hoặc tên…</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Chủ sở hữu</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <source>Within 30 days</source>
        <translation>Trong 30 ngày</translation>
    </message>
    <message>
        <source>31–60 days</source>
        <translation>31–60 ngày</translation>
    </message>
    <message>
        <source>61–90 days</source>
        <translation>61–90 ngày</translation>
    </message>
    <message>
        <source>the lab's standards</source>
        <translation>chuẩn của phòng thí nghiệm</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Chuẩn</translation>
    </message>
    <message>
        <source>Not fit for use</source>
        <translation>Không đạt yêu cầu sử dụng</translation>
    </message>
    <message>
        <source>Not fit for use: %5 · overdue: %1 · within 30 days: %2 · 31–60 days: %3 · 61–90 days: %4</source>
        <translation>Không đạt yêu cầu sử dụng: %5 · quá hạn: %1 · trong 30 ngày: %2 · 31–60 ngày: %3 · 61–90 ngày: %4</translation>
    </message>
    <message>
        <source>Nothing falls due in this window. Instruments come here once registered and verified, with the due dates their verifications and calibrations set.</source>
        <translation>Không có gì đến hạn trong khoảng này. Phương tiện đo xuất hiện ở đây khi đã được đăng ký và kiểm định, với hạn do các lần kiểm định, hiệu chuẩn đặt ra.</translation>
    </message>
</context>
<context>
    <name>Etalon::DueTableModel</name>
    <message>
        <source>Standard</source>
        <translation>Chuẩn</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Số sê-ri</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Chủ sở hữu</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Ngày đến hạn</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Số ngày còn lại</translation>
    </message>
    <message>
        <source>Instrument (calibration)</source>
        <translation>Phương tiện đo (hiệu chuẩn)</translation>
    </message>
    <message>
        <source>Instrument (verification)</source>
        <translation>Phương tiện đo (kiểm định)</translation>
    </message>
    <message>
        <source>Not fit for use</source>
        <translation>Không đạt yêu cầu sử dụng</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Đến hạn</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Quarantined: taken out of service</source>
        <translation>Tạm ngừng sử dụng: đã đưa ra khỏi sử dụng</translation>
    </message>
    <message>
        <source>Failed its in-service inspection (record %1)</source>
        <translation>Không đạt khi kiểm tra trong sử dụng (biên bản %1)</translation>
    </message>
    <message>
        <source>Failed its verification (record %1)</source>
        <translation>Không đạt khi kiểm định (biên bản %1)</translation>
    </message>
</context>
<context>
    <name>Etalon::FieldForm</name>
    <message>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Đó&amp;ng</translation>
    </message>
</context>
<context>
    <name>Etalon::ImportDialog</name>
    <message>
        <source>Import instruments</source>
        <translation>Nhập phương tiện đo</translation>
    </message>
    <message>
        <source>Import organisations</source>
        <translation>Nhập tổ chức</translation>
    </message>
    <message>
        <source>A CSV file with a header row naming its columns: %1.</source>
        <translation>Tệp CSV có dòng tiêu đề ghi tên các cột: %1.</translation>
    </message>
    <message>
        <source>&amp;Choose a file…</source>
        <translation>&amp;Chọn tệp…</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Tệp CSV (*.csv);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Bản ghi</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Import only the valid rows</source>
        <translation>Chỉ nhập các dòng hợp lệ</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Nhập</translation>
    </message>
    <message>
        <source>Checking the rows…</source>
        <translation>Đang kiểm tra các dòng…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Đang nhập…</translation>
    </message>
    <message>
        <source>%1 rows checked: %2 valid, %3 with errors. Nothing is stored yet.</source>
        <translation>Đã kiểm tra %1 dòng: %2 hợp lệ, %3 có lỗi. Chưa lưu gì.</translation>
    </message>
    <message>
        <source>%1 rows imported.</source>
        <translation>Đã nhập %1 dòng.</translation>
    </message>
    <message>
        <source>Nothing was imported: fix the rows marked, or import only the valid ones.</source>
        <translation>Chưa nhập gì: hãy sửa các dòng được đánh dấu, hoặc chỉ nhập các dòng hợp lệ.</translation>
    </message>
    <message>
        <source>stored as %1</source>
        <translation>đã lưu với mã %1</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>hợp lệ</translation>
    </message>
</context>
<context>
    <name>Etalon::InstrumentDialog</name>
    <message>
        <source>Register an instrument</source>
        <translation>Đăng ký phương tiện đo</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Kiểu:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Chủ sở hữu:</translation>
    </message>
    <message>
        <source>&amp;Serial number:</source>
        <translation>&amp;Số sản xuất:</translation>
    </message>
    <message>
        <source>&amp;Manufacturer:</source>
        <translation>&amp;Nhà sản xuất:</translation>
    </message>
    <message>
        <source>Mo&amp;del:</source>
        <translation>&amp;Kiểu mẫu:</translation>
    </message>
    <message>
        <source>Country of origin:</source>
        <translation>Nước sản xuất:</translation>
    </message>
    <message>
        <source>Pattern approval:</source>
        <translation>Phê duyệt mẫu:</translation>
    </message>
    <message>
        <source>Place of use:</source>
        <translation>Nơi sử dụng:</translation>
    </message>
    <message>
        <source>Accuracy &amp;class:</source>
        <translation>&amp;Cấp chính xác:</translation>
    </message>
    <message>
        <source>Range minimum:</source>
        <translation>Giới hạn đo nhỏ nhất:</translation>
    </message>
    <message>
        <source>&amp;Range maximum:</source>
        <translation>&amp;Giới hạn đo lớn nhất:</translation>
    </message>
    <message>
        <source>Resolution d:</source>
        <translation>Giá trị độ chia d:</translation>
    </message>
    <message>
        <source>Verification interval e:</source>
        <translation>Giá trị độ chia kiểm định e:</translation>
    </message>
    <message>
        <source>Nominal value (weights):</source>
        <translation>Giá trị danh định (quả cân):</translation>
    </message>
    <message>
        <source>empty: the lab assigns one</source>
        <translation>để trống: phòng thí nghiệm sẽ cấp số</translation>
    </message>
    <message>
        <source>e.g. 60 kg</source>
        <translation>ví dụ 60 kg</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>không rõ</translation>
    </message>
    <message>
        <source>Year made:</source>
        <translation>Năm sản xuất:</translation>
    </message>
    <message>
        <source>Change instrument %1</source>
        <translation>Sửa phương tiện đo %1</translation>
    </message>
    <message>
        <source>The owner changes by a transfer (etalon-cli instrument transfer)</source>
        <translation>Chủ sở hữu chỉ đổi bằng việc chuyển giao (etalon-cli instrument transfer)</translation>
    </message>
    <message>
        <source>empty: keeps the number it has</source>
        <translation>để trống: giữ nguyên số hiện có</translation>
    </message>
</context>
<context>
    <name>Etalon::InstrumentTableModel</name>
    <message>
        <source>ID</source>
        <translation>Số hiệu</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Số sê-ri</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Kiểu</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Chủ sở hữu</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Đến hạn</translation>
    </message>
</context>
<context>
    <name>Etalon::InstrumentsPage</name>
    <message>
        <source>Filter by serial, model, manufacturer or place…</source>
        <translation>Lọc theo số sản xuất, kiểu, nhà sản xuất hoặc nơi sử dụng…</translation>
    </message>
    <message>
        <source>&amp;Register…</source>
        <translation>&amp;Đăng ký…</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Nhập CSV…</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Xuất CSV…</translation>
    </message>
    <message>
        <source>&amp;Start verification or calibration…</source>
        <translation>&amp;Bắt đầu kiểm định hoặc hiệu chuẩn…</translation>
    </message>
    <message>
        <source>No instruments yet. Register the customers' instruments (Register…) or import them from a CSV file; register their owners first, on the Organisations page.</source>
        <translation>Chưa có phương tiện đo nào. Hãy đăng ký phương tiện đo của khách hàng (Đăng ký…) hoặc nhập từ tệp CSV; trước hết hãy đăng ký chủ sở hữu ở trang Tổ chức.</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation>&amp;Sửa…</translation>
    </message>
    <message>
        <source>His&amp;tory…</source>
        <translation>&amp;Lịch sử…</translation>
    </message>
    <message>
        <source>instrument %1 (%2)</source>
        <translation>phương tiện đo %1 (%2)</translation>
    </message>
</context>
<context>
    <name>Etalon::MainWindow</name>
    <message>
        <source>Instruments</source>
        <translation>Phương tiện đo</translation>
    </message>
    <message>
        <source>Falls due</source>
        <translation>Đến hạn</translation>
    </message>
    <message>
        <source>DEMO DATA — this lab is synthetic and for trying Etalon out only</source>
        <translation>DỮ LIỆU MẪU — phòng thí nghiệm này là giả lập, chỉ để dùng thử Etalon</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Công cụ</translation>
    </message>
    <message>
        <source>&amp;Uncertainty calculator…</source>
        <translation>&amp;Tính độ không đảm bảo đo…</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2) — %3</source>
        <translation>Đã đăng nhập: %1 (%2) — %3</translation>
    </message>
    <message>
        <source>My work</source>
        <translation>Việc của tôi</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Phê duyệt</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Tổ chức</translation>
    </message>
    <message>
        <source>Standards</source>
        <translation>Chuẩn</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Giấy chứng nhận</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Nhật ký kiểm tra</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Đăng &amp;xuất</translation>
    </message>
    <message>
        <source>&amp;Backup now…</source>
        <translation>&amp;Sao lưu ngay…</translation>
    </message>
    <message>
        <source>Back up the lab</source>
        <translation>Sao lưu phòng thí nghiệm</translation>
    </message>
    <message>
        <source>Etalon labs (*.etalon)</source>
        <translation>Phòng thí nghiệm Etalon (*.etalon)</translation>
    </message>
    <message>
        <source>Backup made and checked: %1</source>
        <translation>Đã sao lưu và kiểm tra: %1</translation>
    </message>
    <message>
        <source>&amp;Daily backup…</source>
        <translation>Sao lưu &amp;hằng ngày…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Ngôn ngữ</translation>
    </message>
    <message>
        <source>Daily backup failed: %1</source>
        <translation>Sao lưu hằng ngày thất bại: %1</translation>
    </message>
    <message>
        <source>Today's backup made and checked: %1</source>
        <translation>Đã sao lưu hôm nay và kiểm tra: %1</translation>
    </message>
    <message>
        <source>Folder for the daily backups</source>
        <translation>Thư mục chứa bản sao lưu hằng ngày</translation>
    </message>
    <message>
        <source>Daily backup</source>
        <translation>Sao lưu hằng ngày</translation>
    </message>
    <message>
        <source>Keep the daily copies for how many days?</source>
        <translation>Giữ các bản sao lưu hằng ngày trong bao nhiêu ngày?</translation>
    </message>
    <message>
        <source>Today's backup is already in %1</source>
        <translation>Bản sao lưu hôm nay đã có trong %1</translation>
    </message>
    <message>
        <source>Stamps</source>
        <translation>Tem kiểm định</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Nhân sự</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>Danh mục</translation>
    </message>
    <message>
        <source>&amp;Generate more demo data…</source>
        <translation>&amp;Tạo thêm dữ liệu mẫu…</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Dữ liệu mẫu</translation>
    </message>
    <message>
        <source>How many records?</source>
        <translation>Bao nhiêu hồ sơ?</translation>
    </message>
    <message>
        <source>Generating demo data…</source>
        <translation>Đang tạo dữ liệu mẫu…</translation>
    </message>
    <message>
        <source>%1 instruments and %2 records added</source>
        <translation>Đã thêm %1 phương tiện đo và %2 hồ sơ</translation>
    </message>
    <message>
        <source>&amp;Filter the list</source>
        <translation>&amp;Lọc danh sách</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Làm mới</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Chương trình</translation>
    </message>
    <message>
        <source>Signing &amp;passphrase…</source>
        <translation>Cụm mật khẩu &amp;ký…</translation>
    </message>
    <message>
        <source>The lab's signing passphrase was saved.</source>
        <translation>Đã lưu cụm mật khẩu ký của phòng thí nghiệm.</translation>
    </message>
    <message>
        <source>Etalon — %1 — %2 (%3)</source>
        <translation>Etalon — %1 — %2 (%3)</translation>
    </message>
    <message>
        <source>Refreshed: what others changed is shown.</source>
        <translation>Đã làm mới: hiển thị những thay đổi của người khác.</translation>
    </message>
    <message>
        <source>&amp;Getting started</source>
        <translation>&amp;Bắt đầu</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>Bắt đầu</translation>
    </message>
    <message>
        <source>Lab settings</source>
        <translation>Thiết lập phòng thí nghiệm</translation>
    </message>
    <message>
        <source>Updated: another desk changed the lab.</source>
        <translation>Đã cập nhật: một bàn làm việc khác vừa thay đổi dữ liệu phòng thí nghiệm.</translation>
    </message>
</context>
<context>
    <name>Etalon::OrganisationDialog</name>
    <message>
        <source>Register an organisation</source>
        <translation>Đăng ký tổ chức</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Khách hàng</translation>
    </message>
    <message>
        <source>Calibration laboratory</source>
        <translation>Phòng hiệu chuẩn</translation>
    </message>
    <message>
        <source>National metrology institute</source>
        <translation>Viện đo lường quốc gia</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Tên:</translation>
    </message>
    <message>
        <source>&amp;Tax code:</source>
        <translation>&amp;Mã số thuế:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Địa chỉ:</translation>
    </message>
    <message>
        <source>&amp;Commune or ward:</source>
        <translation>&amp;Xã/phường:</translation>
    </message>
    <message>
        <source>&amp;Province:</source>
        <translation>&amp;Tỉnh:</translation>
    </message>
    <message>
        <source>&amp;Sector:</source>
        <translation>&amp;Lĩnh vực:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>Điện &amp;thoại:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Loại:</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Sửa %1</translation>
    </message>
</context>
<context>
    <name>Etalon::OrganisationsPage</name>
    <message>
        <source>ID</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Tax code</source>
        <translation>Mã số thuế</translation>
    </message>
    <message>
        <source>Commune or ward</source>
        <translation>Xã/phường</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Tỉnh</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>&amp;Register…</source>
        <translation>&amp;Đăng ký…</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Nhập CSV…</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Xuất CSV…</translation>
    </message>
    <message>
        <source>%1 organisations</source>
        <translation>%1 tổ chức</translation>
    </message>
    <message>
        <source>No organisations yet. Register the lab's customers and the national metrology institute that calibrates its standards (Register…), or import them from a CSV file.</source>
        <translation>Chưa có tổ chức nào. Hãy đăng ký các khách hàng của phòng thí nghiệm và viện đo lường quốc gia hiệu chuẩn chuẩn của phòng (Đăng ký…), hoặc nhập từ tệp CSV.</translation>
    </message>
    <message>
        <source>%1: changes saved</source>
        <translation>%1: đã lưu thay đổi</translation>
    </message>
    <message>
        <source>Choose the organisation in the list</source>
        <translation>Hãy chọn tổ chức trong danh sách</translation>
    </message>
    <message>
        <source>Choose the organisation to change in the list</source>
        <translation>Hãy chọn tổ chức cần sửa trong danh sách</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation>&amp;Sửa…</translation>
    </message>
    <message>
        <source>His&amp;tory…</source>
        <translation>&amp;Lịch sử…</translation>
    </message>
</context>
<context>
    <name>Etalon::PeoplePage</name>
    <message>
        <source>User</source>
        <translation>Người dùng</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Đang hoạt động</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <source>Verifier certificate</source>
        <translation>Thẻ kiểm định viên</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Hiệu lực đến</translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation>&amp;Thêm người dùng…</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>Đặt &amp;lại mật khẩu…</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Đặt lại mật khẩu</translation>
    </message>
    <message>
        <source>A temporary password for %1:</source>
        <translation>Mật khẩu tạm thời cho %1:</translation>
    </message>
    <message>
        <source>%1 must choose a new password at the next sign-in</source>
        <translation>%1 phải chọn mật khẩu mới ở lần đăng nhập tới</translation>
    </message>
    <message>
        <source>Record a &amp;verifier card…</source>
        <translation>Ghi &amp;thẻ kiểm định viên…</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <source>no</source>
        <translation>không</translation>
    </message>
    <message>
        <source>%1's verifier card for %2 removed</source>
        <translation>Đã xóa thẻ kiểm định viên lĩnh vực %2 của %1</translation>
    </message>
    <message>
        <source>Choose the card to remove in the list of cards</source>
        <translation>Hãy chọn chứng chỉ cần xóa trong danh sách chứng chỉ</translation>
    </message>
    <message>
        <source>Choose the person in the list first</source>
        <translation>Hãy chọn người trong danh sách trước</translation>
    </message>
    <message>
        <source>Re&amp;move card</source>
        <translation>&amp;Xóa chứng chỉ</translation>
    </message>
    <message>
        <source>Remove %1's verifier card for %2? From now on they may not complete work in that field; work already done stays as it was judged.</source>
        <translation>Xóa thẻ kiểm định viên lĩnh vực %2 của %1? Từ nay người này không được hoàn thành công việc thuộc lĩnh vực đó; công việc đã làm vẫn giữ nguyên như đã đánh giá.</translation>
    </message>
    <message>
        <source>Remove a verifier card</source>
        <translation>Xóa thẻ kiểm định viên</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Verifier card %1 of %2 recorded</source>
        <translation>Đã ghi thẻ kiểm định viên %1 của %2</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>đã hết hạn</translation>
    </message>
    <message>
        <source>expires in %n day(s)</source>
        <translation>hết hạn sau %n ngày</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>còn hiệu lực</translation>
    </message>
</context>
<context>
    <name>Etalon::ProgrammePage</name>
    <message>
        <source>Year </source>
        <translation>Năm </translation>
    </message>
    <message>
        <source>Commune or ward</source>
        <translation>Xã/phường</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Chợ</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Cân</translation>
    </message>
    <message>
        <source>Mass set</source>
        <translation>Bộ quả cân</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>%1: %2 verifications and calibrations, %3 certificates, %4 points equipped, %5 enterprises enrolled, %6 people trained.</source>
        <translation>%1: %2 lượt kiểm định và hiệu chuẩn, %3 giấy chứng nhận, %4 điểm được trang bị, %5 doanh nghiệp tham gia, %6 người được đào tạo.</translation>
    </message>
    <message>
        <source>Set a &amp;target…</source>
        <translation>Đặt &amp;chỉ tiêu…</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Which target?</source>
        <translation>Chỉ tiêu nào?</translation>
    </message>
    <message>
        <source>Goal:</source>
        <translation>Mục tiêu:</translation>
    </message>
    <message>
        <source>By the year:</source>
        <translation>Đến năm:</translation>
    </message>
    <message>
        <source>Check-scale points of a commune or ward…</source>
        <translation>Điểm cân đối chứng của xã/phường…</translation>
    </message>
    <message>
        <source>only those whose equipment falls due within 60 days</source>
        <translation>chỉ những điểm có thiết bị đến hạn trong 60 ngày</translation>
    </message>
    <message>
        <source>A&amp;ctivity report…</source>
        <translation>Báo cáo &amp;hoạt động…</translation>
    </message>
    <message>
        <source>Annual &amp;report…</source>
        <translation>Báo cáo &amp;năm…</translation>
    </message>
    <message>
        <source>Report saved as PDF and CSV.</source>
        <translation>Đã lưu báo cáo dạng PDF và CSV.</translation>
    </message>
</context>
<context>
    <name>Etalon::ReadingGridModel</name>
    <message>
        <source>pass</source>
        <translation>đạt</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>không đạt</translation>
    </message>
    <message>
        <source>recorded</source>
        <translation>đã ghi</translation>
    </message>
    <message>
        <source>Point</source>
        <translation>Điểm đo</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Giá trị chuẩn</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Chuẩn</translation>
    </message>
    <message>
        <source>Indication</source>
        <translation>Số chỉ</translation>
    </message>
    <message>
        <source>Indication %1</source>
        <translation>Số chỉ %1</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Sai số</translation>
    </message>
    <message>
        <source>MPE</source>
        <translation>Sai số cho phép</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Kết luận</translation>
    </message>
    <message>
        <source>Voided: %1</source>
        <translation>Đã hủy: %1</translation>
    </message>
    <message>
        <source>Additional load ΔL</source>
        <translation>Tải bổ sung ΔL</translation>
    </message>
    <message>
        <source>corrected to the reading of row %1</source>
        <translation>đã sửa thành phép đọc ở dòng %1</translation>
    </message>
</context>
<context>
    <name>Etalon::RecordEditor</name>
    <message>
        <source>Record %1</source>
        <translation>Hồ sơ %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 %2&lt;/b&gt; — %3&lt;br&gt;%4, %5, procedure %6 — &lt;i&gt;%7&lt;/i&gt;</source>
        <translation>&lt;b&gt;%1 %2&lt;/b&gt; — %3&lt;br&gt;%4, %5, quy trình %6 — &lt;i&gt;%7&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Point %1 recorded: error %2</source>
        <translation>Đã ghi điểm %1: sai số %2</translation>
    </message>
    <message>
        <source>Point %1 not recorded: %2</source>
        <translation>Chưa ghi được điểm %1: %2</translation>
    </message>
    <message>
        <source>Sent back by the manager: %1</source>
        <translation>Quản lý trả lại: %1</translation>
    </message>
    <message>
        <source>&amp;Void reading…</source>
        <translation>&amp;Hủy kết quả đọc…</translation>
    </message>
    <message>
        <source>Void reading</source>
        <translation>Hủy kết quả đọc</translation>
    </message>
    <message>
        <source>Why is this reading void? (kept, never printed)</source>
        <translation>Vì sao hủy kết quả đọc này? (vẫn lưu lại, không bao giờ in)</translation>
    </message>
    <message>
        <source>Select a recorded reading to void.</source>
        <translation>Hãy chọn một kết quả đọc đã ghi để hủy.</translation>
    </message>
    <message>
        <source>Reading %1 voided: read it again in the new row.</source>
        <translation>Đã hủy kết quả đọc %1: hãy đọc lại ở dòng mới.</translation>
    </message>
    <message>
        <source>  • checklist item not checked: %1</source>
        <translation>  • mục kiểm tra chưa đánh giá: %1</translation>
    </message>
    <message>
        <source>Checklist (each click is saved: not checked → passed → failed → not checked; every item must be set):</source>
        <translation>Danh mục kiểm tra (mỗi lần nhấp được lưu ngay: chưa kiểm tra → đạt → không đạt → chưa kiểm tra; mọi mục đều phải được đánh giá):</translation>
    </message>
    <message>
        <source>Checklist: %1 passed, %2 failed, %3 not checked</source>
        <translation>Danh mục kiểm tra: %1 đạt, %2 không đạt, %3 chưa kiểm tra</translation>
    </message>
    <message>
        <source>Checklist: “%1” %2</source>
        <translation>Danh mục kiểm tra: “%1” %2</translation>
    </message>
    <message>
        <source>Co&amp;mplete</source>
        <translation>Hoàn &amp;thành</translation>
    </message>
    <message>
        <source>Complete record %1</source>
        <translation>Hoàn thành hồ sơ %1</translation>
    </message>
    <message>
        <source>Complete the record and send it for approval? It can no longer be edited.</source>
        <translation>Hoàn thành hồ sơ và gửi phê duyệt? Sau đó không sửa được nữa.</translation>
    </message>
    <message>
        <source>Points recorded: %1, of which failed: %2</source>
        <translation>Số điểm đã ghi: %1, trong đó không đạt: %2</translation>
    </message>
    <message>
        <source>Readings voided: %1</source>
        <translation>Phép đọc đã hủy: %1</translation>
    </message>
    <message>
        <source>Still missing of the test programme:</source>
        <translation>Còn thiếu trong chương trình thử:</translation>
    </message>
    <message>
        <source>The record cannot be completed until what is missing is done.</source>
        <translation>Chưa thể hoàn thành hồ sơ cho đến khi làm xong các mục còn thiếu.</translation>
    </message>
    <message>
        <source>Verdict as it stands: %1</source>
        <translation>Kết luận hiện tại: %1</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>Cảnh báo:</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>không đạt</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>chưa kiểm tra</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>đạt</translation>
    </message>
    <message>
        <source>typed again at the bench (was %1)</source>
        <translation>nhập lại tại bàn kiểm định (trước đó: %1)</translation>
    </message>
    <message>
        <source>Com&amp;plete…</source>
        <translation>&amp;Hoàn thành…</translation>
    </message>
    <message>
        <source>Shown only, not for changing: %1</source>
        <translation>Chỉ xem, không sửa được: %1</translation>
    </message>
</context>
<context>
    <name>Etalon::SignInDialog</name>
    <message>
        <source>Sign in to Etalon</source>
        <translation>Đăng nhập Etalon</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Duyệt…</translation>
    </message>
    <message>
        <source>&amp;Lab:</source>
        <translation>&amp;Phòng thí nghiệm:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Người dùng:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mật khẩu:</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Đăng nhập</translation>
    </message>
    <message>
        <source>Open a lab</source>
        <translation>Mở phòng thí nghiệm</translation>
    </message>
    <message>
        <source>Etalon labs (*.etalon);;All files (*)</source>
        <translation>Phòng thí nghiệm Etalon (*.etalon);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Choose a new password</source>
        <translation>Chọn mật khẩu mới</translation>
    </message>
    <message>
        <source>An administrator reset your password. Choose a new one (at least 8 characters, letters and digits or signs):</source>
        <translation>Quản trị viên đã đặt lại mật khẩu của bạn. Hãy chọn mật khẩu mới (ít nhất 8 ký tự, gồm chữ và số hoặc ký hiệu):</translation>
    </message>
    <message>
        <source>Type it again:</source>
        <translation>Nhập lại:</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Hai mật khẩu không giống nhau.</translation>
    </message>
    <message>
        <source>&amp;New lab…</source>
        <translation>&amp;Tạo phòng thí nghiệm…</translation>
    </message>
    <message>
        <source>Create a lab</source>
        <translation>Tạo phòng thí nghiệm</translation>
    </message>
    <message>
        <source>Etalon labs (*.etalon)</source>
        <translation>Phòng thí nghiệm Etalon (*.etalon)</translation>
    </message>
    <message>
        <source>%1 exists already; choose a new file for a new lab</source>
        <translation>%1 đã tồn tại; hãy chọn tệp mới cho phòng thí nghiệm mới</translation>
    </message>
    <message>
        <source>&amp;Password of its administrator, “admin”:</source>
        <translation>&amp;Mật khẩu của quản trị viên “admin”:</translation>
    </message>
    <message>
        <source>Lab's &amp;name:</source>
        <translation>&amp;Tên phòng thí nghiệm:</translation>
    </message>
    <message>
        <source>Lab's &amp;signing passphrase:</source>
        <translation>Cụm mật khẩu &amp;ký của phòng thí nghiệm:</translation>
    </message>
    <message>
        <source>Password &amp;again:</source>
        <translation>Nhập &amp;lại mật khẩu:</translation>
    </message>
    <message>
        <source>Signing passphrase a&amp;gain:</source>
        <translation>Nhập lại &amp;cụm mật khẩu ký:</translation>
    </message>
    <message>
        <source>The signing passphrase unlocks the key that signs every certificate and audit checkpoint. Keep it apart from the passwords; an admin can change it later.</source>
        <translation>Cụm mật khẩu ký mở khóa ký mọi giấy chứng nhận và mốc kiểm tra nhật ký. Hãy giữ riêng, khác với các mật khẩu; quản trị viên có thể đổi sau.</translation>
    </message>
    <message>
        <source>The two signing passphrases differ.</source>
        <translation>Hai cụm mật khẩu ký không khớp nhau.</translation>
    </message>
    <message>
        <source>Database password</source>
        <translation>Mật khẩu cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>The server of %1 asks for the password of its database user (not your Etalon password; it is kept only until Etalon closes):</source>
        <translation>Máy chủ của %1 yêu cầu mật khẩu của người dùng cơ sở dữ liệu (không phải mật khẩu Etalon của bạn; chỉ được giữ đến khi Etalon đóng):</translation>
    </message>
    <message>
        <source>The server of %1 refused that database password. Type it again:</source>
        <translation>Máy chủ của %1 từ chối mật khẩu cơ sở dữ liệu đó. Nhập lại:</translation>
    </message>
</context>
<context>
    <name>Etalon::StampsPage</name>
    <message>
        <source>Stamp</source>
        <translation>Tem</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Giấy chứng nhận</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>&amp;Receive a series…</source>
        <translation>&amp;Nhận một sê-ri…</translation>
    </message>
    <message>
        <source>Receive stamps</source>
        <translation>Nhận tem</translation>
    </message>
    <message>
        <source>Series:</source>
        <translation>Sê-ri:</translation>
    </message>
    <message>
        <source>First number:</source>
        <translation>Số đầu:</translation>
    </message>
    <message>
        <source>Last number:</source>
        <translation>Số cuối:</translation>
    </message>
    <message>
        <source>&amp;Void…</source>
        <translation>&amp;Hủy tem…</translation>
    </message>
    <message>
        <source>Void a stamp</source>
        <translation>Hủy tem</translation>
    </message>
    <message>
        <source>Why is %1 void?</source>
        <translation>Vì sao tem %1 bị hủy?</translation>
    </message>
    <message>
        <source>%1 stamps, %2 unused</source>
        <translation>%1 tem, %2 chưa dùng</translation>
    </message>
    <message>
        <source>No verification stamps yet. Receive the series the lab was given (Receive a series…): a passed verification takes the next unused one.</source>
        <translation>Chưa có dấu kiểm định. Hãy nhận sê-ri dấu được cấp (Nhận một sê-ri…): mỗi lần kiểm định đạt sẽ lấy dấu chưa dùng kế tiếp.</translation>
    </message>
</context>
<context>
    <name>Etalon::StandardDialog</name>
    <message>
        <source>Register a standard</source>
        <translation>Đăng ký chuẩn</translation>
    </message>
    <message>
        <source>working standard</source>
        <translation>chuẩn công tác</translation>
    </message>
    <message>
        <source>reference standard</source>
        <translation>chuẩn chính</translation>
    </message>
    <message>
        <source>check standard</source>
        <translation>chuẩn kiểm tra</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Tên:</translation>
    </message>
    <message>
        <source>&amp;Serial number:</source>
        <translation>&amp;Số sản xuất:</translation>
    </message>
    <message>
        <source>Accuracy &amp;class:</source>
        <translation>&amp;Cấp chính xác:</translation>
    </message>
    <message>
        <source>&amp;Range maximum:</source>
        <translation>&amp;Giới hạn đo lớn nhất:</translation>
    </message>
    <message>
        <source>Own &amp;limit (largest correction):</source>
        <translation>&amp;Giới hạn riêng (số hiệu chính lớn nhất):</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Loại:</translation>
    </message>
    <message>
        <source>empty: the class decides</source>
        <translation>để trống: theo cấp chính xác</translation>
    </message>
</context>
<context>
    <name>Etalon::StandardsPage</name>
    <message>
        <source>ID</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Số sản xuất</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Cấp chính xác</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Hiệu lực đến</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Giới hạn</translation>
    </message>
    <message>
        <source>Last calibration</source>
        <translation>Lần hiệu chuẩn gần nhất</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Xuất CSV…</translation>
    </message>
    <message>
        <source> — out of tolerance</source>
        <translation> — ngoài dung sai</translation>
    </message>
    <message>
        <source>%1 standards</source>
        <translation>%1 chuẩn</translation>
    </message>
    <message>
        <source>Calibration &amp;history (PDF)…</source>
        <translation>&amp;Lịch sử hiệu chuẩn (PDF)…</translation>
    </message>
    <message>
        <source>Save the calibration history</source>
        <translation>Lưu lịch sử hiệu chuẩn</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Đã lưu %1</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>tại %1</translation>
    </message>
    <message>
        <source>&amp;Register…</source>
        <translation>&amp;Đăng ký…</translation>
    </message>
    <message>
        <source>Record a &amp;calibration…</source>
        <translation>Ghi kết quả &amp;hiệu chuẩn…</translation>
    </message>
    <message>
        <source>Set &amp;status…</source>
        <translation>Đặt &amp;trạng thái…</translation>
    </message>
    <message>
        <source>New status:</source>
        <translation>Trạng thái mới:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Lý do:</translation>
    </message>
    <message>
        <source>Set &amp;limit…</source>
        <translation>Đặt &amp;giới hạn…</translation>
    </message>
    <message>
        <source>Largest correction accepted (empty: the class decides):</source>
        <translation>Số hiệu chính lớn nhất chấp nhận (để trống: theo cấp chính xác):</translation>
    </message>
    <message>
        <source>Calibration %1 recorded, valid until %2</source>
        <translation>Đã ghi kết quả hiệu chuẩn %1, hiệu lực đến %2</translation>
    </message>
    <message>
        <source>at %1 the correction %2 exceeds ± %3</source>
        <translation>tại %1 số hiệu chính %2 vượt ± %3</translation>
    </message>
    <message>
        <source>Out of tolerance: %1. Work done with it since its previous calibration may be suspect (etalon-cli impact %2 --mark-suspect).</source>
        <translation>Ngoài dung sai: %1. Các công việc đã dùng chuẩn này kể từ lần hiệu chuẩn trước có thể bị nghi vấn (etalon-cli impact %2 --mark-suspect).</translation>
    </message>
    <message>
        <source>Add a &amp;weight…</source>
        <translation>Thêm &amp;quả cân…</translation>
    </message>
    <message>
        <source>Weight %1 (%2) added to the set</source>
        <translation>Đã thêm quả cân %1 (%2) vào bộ</translation>
    </message>
    <message>
        <source>No standards yet. A manager registers the lab's standards here, then records each calibration with its certificate, so the work can be traced to the national standards.</source>
        <translation>Chưa có chuẩn nào. Người quản lý đăng ký các chuẩn của phòng thí nghiệm tại đây, rồi ghi từng lần hiệu chuẩn kèm giấy chứng nhận, để công việc được liên kết chuẩn tới chuẩn quốc gia.</translation>
    </message>
</context>
<context>
    <name>Etalon::StartRecordDialog</name>
    <message>
        <source>Start work on instrument %1</source>
        <translation>Bắt đầu làm việc với phương tiện đo %1</translation>
    </message>
    <message>
        <source>not agreed</source>
        <translation>chưa thỏa thuận</translation>
    </message>
    <message>
        <source>&amp;Kind of work:</source>
        <translation>&amp;Loại công việc:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Ngày:</translation>
    </message>
    <message>
        <source>&amp;Temperature:</source>
        <translation>&amp;Nhiệt độ:</translation>
    </message>
    <message>
        <source>&amp;Humidity:</source>
        <translation>Độ &amp;ẩm:</translation>
    </message>
    <message>
        <source>%RH, e.g. 60</source>
        <translation>%RH, ví dụ 60</translation>
    </message>
    <message>
        <source>&amp;Where:</source>
        <translation>&amp;Nơi thực hiện:</translation>
    </message>
    <message>
        <source>C&amp;ondition on receipt:</source>
        <translation>Tình trạng khi &amp;nhận:</translation>
    </message>
    <message>
        <source>Calibration &amp;interval (months):</source>
        <translation>&amp;Chu kỳ hiệu chuẩn (tháng):</translation>
    </message>
    <message>
        <source>Site &amp;address:</source>
        <translation>Đị&amp;a chỉ hiện trường:</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>nn/tt/nnnn</translation>
    </message>
    <message>
        <source>e.g. seal intact, pan scratched</source>
        <translation>ví dụ: niêm phong nguyên vẹn, đĩa cân bị xước</translation>
    </message>
    <message>
        <source>empty: the instrument's place of use, else the owner's address</source>
        <translation>để trống: nơi sử dụng phương tiện, nếu không có thì địa chỉ chủ sở hữu</translation>
    </message>
    <message>
        <source>in the lab</source>
        <translation>tại phòng thí nghiệm</translation>
    </message>
    <message>
        <source>on site, at the customer's</source>
        <translation>tại hiện trường, nơi khách hàng</translation>
    </message>
    <message>
        <source>the customer asked for a statement of &amp;conformity</source>
        <translation>khách hàng yêu cầu tuyên bố sự &amp;phù hợp</translation>
    </message>
    <message>
        <source>°C, e.g. 25 or 24,5</source>
        <translation>°C, ví dụ 25 hoặc 24,5</translation>
    </message>
</context>
<context>
    <name>Etalon::TablePage</name>
    <message>
        <source>Type to filter…</source>
        <translation>Gõ để lọc…</translation>
    </message>
</context>
<context>
    <name>Etalon::UncertaintyDialog</name>
    <message>
        <source>Uncertainty calculator</source>
        <translation>Tính độ không đảm bảo đo</translation>
    </message>
    <message>
        <source>p = 95.45 % (t-distribution)</source>
        <translation>p = 95,45 % (phân bố t)</translation>
    </message>
    <message>
        <source>p = 95 % (t-distribution)</source>
        <translation>p = 95 % (phân bố t)</translation>
    </message>
    <message>
        <source>p = 99 % (t-distribution)</source>
        <translation>p = 99 % (phân bố t)</translation>
    </message>
    <message>
        <source>k = 2 (fixed)</source>
        <translation>k = 2 (cố định)</translation>
    </message>
    <message>
        <source>Measurand</source>
        <translation>Đại lượng đo</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Giá trị ước lượng</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Mức phủ</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>Thành phần</translation>
    </message>
    <message>
        <source>Given as</source>
        <translation>Cho dưới dạng</translation>
    </message>
    <message>
        <source>Value (observations: a; b; c)</source>
        <translation>Giá trị (quan trắc: a; b; c)</translation>
    </message>
    <message>
        <source>k</source>
        <translation>k</translation>
    </message>
    <message>
        <source>p</source>
        <translation>p</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Phân bố</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Hệ số nhạy</translation>
    </message>
    <message>
        <source>ν</source>
        <translation>ν</translation>
    </message>
    <message>
        <source>Add contribution</source>
        <translation>Thêm thành phần</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Mở…</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Lưu…</translation>
    </message>
    <message>
        <source>u(xᵢ)</source>
        <translation>u(xᵢ)</translation>
    </message>
    <message>
        <source>cᵢ</source>
        <translation>cᵢ</translation>
    </message>
    <message>
        <source>|cᵢ·u(xᵢ)|</source>
        <translation>|cᵢ·u(xᵢ)|</translation>
    </message>
    <message>
        <source>νᵢ</source>
        <translation>νᵢ</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Tỷ trọng</translation>
    </message>
    <message>
        <source>Open a budget</source>
        <translation>Mở bảng ngân sách</translation>
    </message>
    <message>
        <source>Budgets (*.json)</source>
        <translation>Bảng ngân sách (*.json)</translation>
    </message>
    <message>
        <source>Save the budget</source>
        <translation>Lưu bảng ngân sách</translation>
    </message>
    <message>
        <source>the estimate is not a number</source>
        <translation>giá trị ước lượng không phải là số</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>dòng %1</translation>
    </message>
    <message>
        <source>“%1”: observation “%2” is not a number</source>
        <translation>“%1”: quan trắc “%2” không phải là số</translation>
    </message>
    <message>
        <source>“%1”: the value is not a number</source>
        <translation>“%1”: giá trị không phải là số</translation>
    </message>
    <message>
        <source>“%1”: %2 is not a number</source>
        <translation>“%1”: %2 không phải là số</translation>
    </message>
    <message>
        <source>Add the contributions of the budget.</source>
        <translation>Hãy thêm các thành phần của bảng ngân sách.</translation>
    </message>
    <message>
        <source>u_c = %1; ν_eff = %2; k = %3; U = %4 — result: %5</source>
        <translation>u_c = %1; ν_eff = %2; k = %3; U = %4 — kết quả: %5</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Không mở được %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a budget file</source>
        <translation>%1 không phải tệp bảng ngân sách</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>Không lưu được %1: %2</translation>
    </message>
</context>
<context>
    <name>Etalon::UserDialog</name>
    <message>
        <source>Add user</source>
        <translation>Thêm người dùng</translation>
    </message>
    <message>
        <source>&amp;Sign-in name:</source>
        <translation>&amp;Tên đăng nhập:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Họ và tên:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mật khẩu:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Vai trò:</translation>
    </message>
</context>
<context>
    <name>Etalon::WorkPage</name>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Mở</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) in progress</source>
        <translation>
            <numerusform>%n hồ sơ đang thực hiện</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing in progress. Start a verification or calibration from the Instruments page: select the instrument, then “Start verification or calibration…”.</source>
        <translation>Chưa có việc đang làm. Hãy bắt đầu kiểm định hoặc hiệu chuẩn từ trang Phương tiện đo: chọn phương tiện, rồi bấm “Bắt đầu kiểm định hoặc hiệu chuẩn…”.</translation>
    </message>
</context>
<context>
    <name>Etalon::WeightItemDialog</name>
    <message>
        <source>Add a weight to standard %1</source>
        <translation>Thêm quả cân vào chuẩn %1</translation>
    </message>
    <message>
        <source>&amp;Nominal value:</source>
        <translation>Giá trị &amp;danh định:</translation>
    </message>
    <message>
        <source>&amp;Mark (unique in the set):</source>
        <translation>&amp;Ký hiệu (duy nhất trong bộ):</translation>
    </message>
    <message>
        <source>&amp;Serial number:</source>
        <translation>&amp;Số sản xuất:</translation>
    </message>
    <message>
        <source>Accuracy &amp;class:</source>
        <translation>&amp;Cấp chính xác:</translation>
    </message>
    <message>
        <source>2* for the second 2 kg weight</source>
        <translation>2* cho quả 2 kg thứ hai</translation>
    </message>
    <message>
        <source>empty: the set's class</source>
        <translation>để trống: theo cấp của bộ</translation>
    </message>
    <message>
        <source>the nominal value is required</source>
        <translation>cần nhập giá trị danh định</translation>
    </message>
</context>
<context>
    <name>Etalon::ReviewDialog</name>
    <message>
        <source>readings voided by the technician: %1 (see Readings)</source>
        <translation>phép đọc kỹ thuật viên đã hủy: %1 (xem Phép đọc)</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Phê duyệt</translation>
    </message>
    <message>
        <source>&amp;Open PDF</source>
        <translation>&amp;Mở PDF</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Lý do:</translation>
    </message>
    <message>
        <source>&amp;Sign and issue</source>
        <translation>&amp;Ký và cấp</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 %2&lt;/b&gt; — %3&lt;br&gt;%4, %5, procedure %6 — &lt;i&gt;%7&lt;/i&gt;</source>
        <translation>&lt;b&gt;%1 %2&lt;/b&gt; — %3&lt;br&gt;%4, %5, quy trình %6 — &lt;i&gt;%7&lt;/i&gt;</translation>
    </message>
    <message>
        <source>As recorded</source>
        <translation>Như đã ghi</translation>
    </message>
    <message>
        <source>Certificate %1 issued and signed: print it or open the PDF.</source>
        <translation>Đã ký và cấp giấy chứng nhận %1: hãy in hoặc mở tệp PDF.</translation>
    </message>
    <message>
        <source>Certificate &amp;language:</source>
        <translation>&amp;Ngôn ngữ giấy chứng nhận:</translation>
    </message>
    <message>
        <source>Certificate preview</source>
        <translation>Xem trước giấy chứng nhận</translation>
    </message>
    <message>
        <source>Checklist: %1</source>
        <translation>Danh mục kiểm tra: %1</translation>
    </message>
    <message>
        <source>Condition on receipt</source>
        <translation>Tình trạng khi nhận</translation>
    </message>
    <message>
        <source>Conditions and checklist</source>
        <translation>Điều kiện và danh mục kiểm tra</translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation>Không ghi được %1</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Kết luận</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Tiếng Anh</translation>
    </message>
    <message>
        <source>Humidity</source>
        <translation>Độ ẩm</translation>
    </message>
    <message>
        <source>Lab's &amp;signing passphrase:</source>
        <translation>Cụm mật khẩu &amp;ký của phòng thí nghiệm:</translation>
    </message>
    <message>
        <source>Largest contribution</source>
        <translation>Thành phần đóng góp lớn nhất</translation>
    </message>
    <message>
        <source>Last sent back because</source>
        <translation>Lần trả lại gần nhất vì</translation>
    </message>
    <message>
        <source>No warnings are kept with this record.</source>
        <translation>Hồ sơ này không có cảnh báo nào.</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Đã mở %1</translation>
    </message>
    <message>
        <source>Point</source>
        <translation>Điểm</translation>
    </message>
    <message>
        <source>Readings</source>
        <translation>Phép đọc</translation>
    </message>
    <message>
        <source>Record %1 approved: sign and issue its certificate with the lab's signing passphrase.</source>
        <translation>Đã phê duyệt hồ sơ %1: hãy ký và cấp giấy chứng nhận bằng cụm mật khẩu ký của phòng thí nghiệm.</translation>
    </message>
    <message>
        <source>Record %1 sent back to the technician.</source>
        <translation>Đã trả hồ sơ %1 lại cho kỹ thuật viên.</translation>
    </message>
    <message>
        <source>Review record %1</source>
        <translation>Xem xét hồ sơ %1</translation>
    </message>
    <message>
        <source>Send &amp;back</source>
        <translation>&amp;Trả lại</translation>
    </message>
    <message>
        <source>TUR</source>
        <translation>TUR</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Nhiệt độ</translation>
    </message>
    <message>
        <source>U</source>
        <translation>U</translation>
    </message>
    <message>
        <source>Uncertainty</source>
        <translation>Độ không đảm bảo đo</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation>Tiếng Việt</translation>
    </message>
    <message>
        <source>Vietnamese and English</source>
        <translation>Tiếng Việt và tiếng Anh</translation>
    </message>
    <message>
        <source>Voided reading at %1</source>
        <translation>Phép đọc đã hủy tại %1</translation>
    </message>
    <message>
        <source>Warnings: </source>
        <translation>Cảnh báo: </translation>
    </message>
    <message>
        <source>What</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Nơi thực hiện</translation>
    </message>
    <message>
        <source>Why certificate %1 is amended (printed on the new one); or why the record goes back</source>
        <translation>Lý do sửa đổi giấy chứng nhận %1 (in trên giấy mới); hoặc lý do trả lại hồ sơ</translation>
    </message>
    <message>
        <source>Why it goes back to the technician (required to send back)</source>
        <translation>Lý do trả lại cho kỹ thuật viên (bắt buộc khi trả lại)</translation>
    </message>
    <message>
        <source>conditional fail</source>
        <translation>không đạt có điều kiện</translation>
    </message>
    <message>
        <source>conditional pass</source>
        <translation>đạt có điều kiện</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>không đạt</translation>
    </message>
    <message>
        <source>in the lab</source>
        <translation>tại phòng thí nghiệm</translation>
    </message>
    <message>
        <source>k</source>
        <translation>k</translation>
    </message>
    <message>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>không ghi</translation>
    </message>
    <message>
        <source>on site: %1</source>
        <translation>tại hiện trường: %1</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>đạt</translation>
    </message>
    <message>
        <source>standard allowed by a manager: %1</source>
        <translation>chuẩn được người quản lý cho phép: %1</translation>
    </message>
    <message>
        <source>No program to open PDF files was found; the certificate is saved as %1</source>
        <translation>Không tìm thấy chương trình mở tệp PDF; giấy chứng nhận đã được lưu tại %1</translation>
    </message>
</context>
<context>
    <name>Etalon::SigningPassphraseDialog</name>
    <message>
        <source>&amp;Current signing passphrase:</source>
        <translation>Cụm mật khẩu ký &amp;hiện tại:</translation>
    </message>
    <message>
        <source>&amp;New signing passphrase:</source>
        <translation>Cụm mật khẩu ký &amp;mới:</translation>
    </message>
    <message>
        <source>Change the signing passphrase</source>
        <translation>Đổi cụm mật khẩu ký</translation>
    </message>
    <message>
        <source>New passphrase &amp;again:</source>
        <translation>Nhập &amp;lại cụm mật khẩu mới:</translation>
    </message>
    <message>
        <source>Set the signing passphrase</source>
        <translation>Đặt cụm mật khẩu ký</translation>
    </message>
    <message>
        <source>The key that signs certificates and audit checkpoints stays the same: what it signed still verifies. Tell the signatories the new passphrase.</source>
        <translation>Khóa ký giấy chứng nhận và mốc kiểm tra nhật ký vẫn giữ nguyên: mọi thứ đã ký vẫn kiểm tra được. Hãy báo cụm mật khẩu mới cho người ký.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Hai cụm mật khẩu không khớp nhau.</translation>
    </message>
</context>
<context>
    <name>Etalon::TraceTree</name>
    <message>
        <source>Traceability</source>
        <translation>Liên kết chuẩn</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Giấy chứng nhận</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Hiệu lực</translation>
    </message>
    <message>
        <source>Calibrated by</source>
        <translation>Hiệu chuẩn bởi</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Work of %1</source>
        <translation>Công việc ngày %1</translation>
    </message>
    <message>
        <source>%1: national measurement standard</source>
        <translation>%1: chuẩn đo lường quốc gia</translation>
    </message>
    <message>
        <source>%1: accredited calibration laboratory</source>
        <translation>%1: phòng hiệu chuẩn được công nhận</translation>
    </message>
</context>
<context>
    <name>Etalon::ReportDialog</name>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Từ ngày:</translation>
    </message>
    <message>
        <source>&amp;Language of the report:</source>
        <translation>&amp;Ngôn ngữ của báo cáo:</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Số:</translation>
    </message>
    <message>
        <source>&amp;Recipient (Kính gửi):</source>
        <translation>Nơi &amp;nhận (Kính gửi):</translation>
    </message>
    <message>
        <source>&amp;Save as PDF and CSV…</source>
        <translation>&amp;Lưu dạng PDF và CSV…</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>Đế&amp;n ngày:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>Nă&amp;m:</translation>
    </message>
    <message>
        <source>Activity report</source>
        <translation>Báo cáo hoạt động</translation>
    </message>
    <message>
        <source>Annual report of the programme</source>
        <translation>Báo cáo năm của chương trình</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Không ghi được %1: %2</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Tiếng Anh</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation>Tiếng Việt</translation>
    </message>
    <message>
        <source>activity-report-%1.pdf</source>
        <translation>bao-cao-hoat-dong-%1.pdf</translation>
    </message>
    <message>
        <source>annual-report-%1.pdf</source>
        <translation>bao-cao-nam-%1.pdf</translation>
    </message>
    <message>
        <source>e.g. 12/BC-TTKT</source>
        <translation>ví dụ 12/BC-TTKT</translation>
    </message>
    <message>
        <source>empty: 1 January of the year</source>
        <translation>để trống: ngày 1 tháng 1 của năm</translation>
    </message>
    <message>
        <source>empty: the end of the year, or today</source>
        <translation>để trống: cuối năm, hoặc hôm nay</translation>
    </message>
    <message>
        <source>empty: the lab's governing body</source>
        <translation>để trống: cơ quan chủ quản của phòng thí nghiệm</translation>
    </message>
</context>
<context>
    <name>Etalon::GettingStartedPage</name>
    <message>
        <source>%1 of %2 steps done</source>
        <translation>Đã xong %1 trên %2 bước</translation>
    </message>
    <message>
        <source>Another role does this step</source>
        <translation>Bước này do vai trò khác thực hiện</translation>
    </message>
    <message>
        <source>Before its first certificate a lab registers, in this order, what its work rests on. Each step is counted from the lab itself; it is done when the lab holds it.</source>
        <translation>Trước khi cấp giấy chứng nhận đầu tiên, phòng thí nghiệm đăng ký theo thứ tự những gì công việc của mình dựa vào. Mỗi bước được đếm từ chính dữ liệu của phòng thí nghiệm; bước xong khi phòng thí nghiệm đã có dữ liệu đó.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>The lab is set up: every step is done.</source>
        <translation>Phòng thí nghiệm đã thiết lập xong: mọi bước đã hoàn thành.</translation>
    </message>
    <message>
        <source>To do — %1</source>
        <translation>Cần làm — %1</translation>
    </message>
</context>
<context>
    <name>Etalon::HistoryDialog</name>
    <message>
        <source>%n entry(ies) in the audit trail, newest first</source>
        <translation>%n mục trong nhật ký kiểm tra, mới nhất trước</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Thay đổi</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>Lịch sử của %1</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <source>accuracy class</source>
        <translation>cấp chính xác</translation>
    </message>
    <message>
        <source>address</source>
        <translation>địa chỉ</translation>
    </message>
    <message>
        <source>commune or ward</source>
        <translation>xã/phường</translation>
    </message>
    <message>
        <source>country of origin</source>
        <translation>nước sản xuất</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>loại</translation>
    </message>
    <message>
        <source>manufacturer</source>
        <translation>cơ sở sản xuất</translation>
    </message>
    <message>
        <source>model</source>
        <translation>kiểu</translation>
    </message>
    <message>
        <source>name</source>
        <translation>tên</translation>
    </message>
    <message>
        <source>no</source>
        <translation>không</translation>
    </message>
    <message>
        <source>nominal value</source>
        <translation>giá trị danh định</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>chủ sở hữu</translation>
    </message>
    <message>
        <source>pattern approval</source>
        <translation>phê duyệt mẫu</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>điện thoại</translation>
    </message>
    <message>
        <source>place of use</source>
        <translation>nơi sử dụng</translation>
    </message>
    <message>
        <source>province</source>
        <translation>tỉnh</translation>
    </message>
    <message>
        <source>range maximum</source>
        <translation>giới hạn đo lớn nhất</translation>
    </message>
    <message>
        <source>range minimum</source>
        <translation>giới hạn đo nhỏ nhất</translation>
    </message>
    <message>
        <source>resolution d</source>
        <translation>giá trị độ chia d</translation>
    </message>
    <message>
        <source>sector</source>
        <translation>lĩnh vực</translation>
    </message>
    <message>
        <source>serial number</source>
        <translation>số sản xuất</translation>
    </message>
    <message>
        <source>tax code</source>
        <translation>mã số thuế</translation>
    </message>
    <message>
        <source>type</source>
        <translation>loại phương tiện đo</translation>
    </message>
    <message>
        <source>verification interval e</source>
        <translation>giá trị độ chia kiểm định e</translation>
    </message>
    <message>
        <source>year made</source>
        <translation>năm sản xuất</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>có</translation>
    </message>
</context>
<context>
    <name>Etalon::LabSettingsPage</name>
    <message>
        <source>%1 is not a file</source>
        <translation>%1 không phải là tệp</translation>
    </message>
    <message>
        <source>%1 signs as: %2</source>
        <translation>%1 ký với chức danh: %2</translation>
    </message>
    <message>
        <source>%1 signs with the lab's title</source>
        <translation>%1 ký với chức danh của phòng thí nghiệm</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>Đị&amp;a chỉ:</translation>
    </message>
    <message>
        <source>&amp;Certificate number pattern:</source>
        <translation>&amp;Mẫu số giấy chứng nhận:</translation>
    </message>
    <message>
        <source>&amp;Designation number:</source>
        <translation>Số quyết định chỉ đị&amp;nh:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>Thư điện tử (&amp;email):</translation>
    </message>
    <message>
        <source>&amp;Governing body:</source>
        <translation>&amp;Cơ quan chủ quản:</translation>
    </message>
    <message>
        <source>&amp;Logo:</source>
        <translation>&amp;Biểu trưng:</translation>
    </message>
    <message>
        <source>&amp;Manager:</source>
        <translation>Người &amp;quản lý:</translation>
    </message>
    <message>
        <source>&amp;Place of issue:</source>
        <translation>Nơi cấ&amp;p:</translation>
    </message>
    <message>
        <source>&amp;Save the lab's details</source>
        <translation>&amp;Lưu thông tin phòng thí nghiệm</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>Chức &amp;danh:</translation>
    </message>
    <message>
        <source>C&amp;hoose a PNG…</source>
        <translation>C&amp;họn ảnh PNG…</translation>
    </message>
    <message>
        <source>Lab &amp;name:</source>
        <translation>&amp;Tên phòng thí nghiệm:</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Người quản lý</translation>
    </message>
    <message>
        <source>Nothing was changed</source>
        <translation>Không có gì thay đổi</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Ảnh PNG (*.png)</translation>
    </message>
    <message>
        <source>Sa&amp;ve the signatory</source>
        <translation>Lư&amp;u người ký</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Đã lưu: %1</translation>
    </message>
    <message>
        <source>Signatories</source>
        <translation>Người ký</translation>
    </message>
    <message>
        <source>Signs &amp;for:</source>
        <translation>&amp;Ký thay:</translation>
    </message>
    <message>
        <source>Signs for</source>
        <translation>Ký thay</translation>
    </message>
    <message>
        <source>The lab's logo</source>
        <translation>Biểu trưng của phòng thí nghiệm</translation>
    </message>
    <message>
        <source>The lab's logo is now %1</source>
        <translation>Biểu trưng của phòng thí nghiệm nay là %1</translation>
    </message>
    <message>
        <source>The managers who approve and issue sign certificates under their own title; one who signs on the head's behalf names the head's title (printed as "KT. GIÁM ĐỐC").</source>
        <translation>Người quản lý phê duyệt và cấp giấy chứng nhận ký dưới chức danh của mình; người ký thay thủ trưởng ghi chức danh của thủ trưởng (in thành "KT. GIÁM ĐỐC").</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Chức danh</translation>
    </message>
    <message>
        <source>What certificates print</source>
        <translation>Thông tin in trên giấy chứng nhận</translation>
    </message>
    <message>
        <source>e.g. 123/QĐ-TĐC</source>
        <translation>ví dụ 123/QĐ-TĐC</translation>
    </message>
    <message>
        <source>e.g. PHÓ GIÁM ĐỐC</source>
        <translation>ví dụ PHÓ GIÁM ĐỐC</translation>
    </message>
    <message>
        <source>e.g. SỞ KHOA HỌC VÀ CÔNG NGHỆ TUYÊN QUANG</source>
        <translation>ví dụ SỞ KHOA HỌC VÀ CÔNG NGHỆ TUYÊN QUANG</translation>
    </message>
    <message>
        <source>empty when they are the head; e.g. GIÁM ĐỐC</source>
        <translation>để trống nếu là thủ trưởng; ví dụ GIÁM ĐỐC</translation>
    </message>
    <message>
        <source>no logo</source>
        <translation>chưa có biểu trưng</translation>
    </message>
    <message>
        <source>the logo is a PNG image of at most 512 KiB</source>
        <translation>biểu trưng là ảnh PNG không quá 512 KiB</translation>
    </message>
    <message>
        <source>{seq:04}-{yy} or {year}/{seq:05}: {seq} is required</source>
        <translation>{seq:04}-{yy} hoặc {year}/{seq:05}: bắt buộc có {seq}</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>Chưa lưu gì: %1</translation>
    </message>
</context>
<context>
    <name>Etalon::VerifierCardDialog</name>
    <message>
        <source>&amp;Field:</source>
        <translation>&amp;Lĩnh vực:</translation>
    </message>
    <message>
        <source>&amp;Valid until:</source>
        <translation>&amp;Hiệu lực đến:</translation>
    </message>
    <message>
        <source>Card &amp;number:</source>
        <translation>&amp;Số chứng chỉ:</translation>
    </message>
    <message>
        <source>Instrument types: %1</source>
        <translation>Loại phương tiện đo: %1</translation>
    </message>
    <message>
        <source>Verifier card of %1</source>
        <translation>Thẻ kiểm định viên của %1</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>ví dụ %1</translation>
    </message>
</context>
</TS>