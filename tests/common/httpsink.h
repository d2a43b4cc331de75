#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>

class QTcpServer;
class QTcpSocket;

// A real HTTP server on 127.0.0.1 (a free port) for webhook tests: records each request (method,
// path, body) and answers with the next status of its script (then 200), or never answers when
// told to hang (it accepts the connection and keeps it open).
class HttpSink final : public QObject
{
    Q_OBJECT

public:
    struct Request
    {
        QByteArray method;
        QByteArray path;
        QByteArray headers;
        QByteArray body;
    };

    explicit HttpSink(QObject *parent = nullptr);
    ~HttpSink() override;

    bool listen();
    quint16 port() const;
    QString url(const QString &path) const; // http://127.0.0.1:<port><path>

    void setStatuses(QList<int> statuses) { m_statuses = std::move(statuses); }
    void setHang(bool hang) { m_hang = hang; }
    QList<Request> requests() const { return m_requests; }
    int connections() const { return m_connections; }

private:
    void onReadyRead(QTcpSocket *socket);

    QTcpServer *m_server = nullptr;
    QList<int> m_statuses;
    bool m_hang = false;
    QList<Request> m_requests;
    int m_connections = 0;
};
