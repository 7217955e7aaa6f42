namespace Oversight.Web;

/// <summary>What a person is told, in Vietnamese, about each HTTP error status.</summary>
public static class StatusTexts
{
    static readonly Dictionary<int, (string Title, string Detail)> texts = new()
    {
        [400] = ("Yêu cầu không hợp lệ", "Dữ liệu gửi lên chưa đúng; hãy kiểm tra lại rồi gửi lại."),
        [401] = ("Chưa đăng nhập", "Hãy đăng nhập để tiếp tục."),
        [403] = ("Không có quyền", "Tài khoản của bạn không được phép thực hiện thao tác này."),
        [404] = ("Không tìm thấy", "Không có trang hoặc dữ liệu ở địa chỉ này; hãy kiểm tra lại đường dẫn."),
        [405] = ("Phương thức không được hỗ trợ", "Địa chỉ này không nhận phương thức HTTP đã dùng."),
        [406] = ("Không trả được định dạng yêu cầu", "Máy chủ chỉ trả dữ liệu dạng JSON (Accept: application/json)."),
        [409] = ("Thao tác không phù hợp với trạng thái hiện tại", "Dữ liệu đang ở trạng thái không cho phép thao tác này."),
        [412] = ("Dữ liệu đã được người khác thay đổi", "Hãy tải lại để xem bản mới nhất rồi sửa lại."),
        [413] = ("Nội dung quá lớn", "Dữ liệu gửi lên vượt quá giới hạn cho phép."),
        [415] = ("Định dạng nội dung không được hỗ trợ", "Hãy gửi dữ liệu dạng JSON (Content-Type: application/json)."),
        [423] = ("Tài khoản tạm khóa", "Tài khoản đang tạm khóa; hãy thử lại sau hoặc nhờ quản trị mở khóa."),
        [429] = ("Quá nhiều yêu cầu", "Hãy chờ một lát rồi thử lại."),
        [500] = ("Lỗi hệ thống", "Đã xảy ra lỗi ngoài dự kiến; dữ liệu của bạn không bị thay đổi. Hãy thử lại sau."),
        [503] = ("Dịch vụ tạm thời gián đoạn", "Máy chủ chưa sẵn sàng; hãy thử lại sau ít phút."),
    };

    public static string TitleFor(int status) => Lookup(status).Title;

    public static string DetailFor(int status) => Lookup(status).Detail;

    static (string Title, string Detail) Lookup(int status) =>
        texts.TryGetValue(status, out var text) ? text
        : status >= 500 ? texts[500]
        : texts[400];
}
