#include "httpsink.h"

#include <QTcpServer>
#include <QTcpSocket>

using namespace Qt::StringLiterals;

HttpSink::HttpSink(QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server->nextPendingConnection()) {
            ++m_connections;
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
}

HttpSink::~HttpSink() = default;

bool HttpSink::listen()
{
    return m_server->listen(QHostAddress::LocalHost, 0);
}

quint16 HttpSink::port() const
{
    return m_server->serverPort();
}

QString HttpSink::url(const QString &path) const
{
    return u"http://127.0.0.1:%1%2"_s.arg(port()).arg(path);
}

void HttpSink::onReadyRead(QTcpSocket *socket)
{
    QByteArray data = socket->property("data").toByteArray() + socket->readAll();
    socket->setProperty("data", data);
    const qsizetype end = data.indexOf("\r\n\r\n");
    if (end < 0)
        return;
    const QByteArray head = data.left(end);
    qsizetype length = 0;
    for (const QByteArray &line : head.split('\n')) {
        if (line.toLower().startsWith("content-length:"))
            length = line.mid(15).trimmed().toLongLong();
    }
    if (data.size() < end + 4 + length)
        return;
    socket->setProperty("data", QByteArray());
    const QList<QByteArray> requestLine = head.left(head.indexOf("\r\n")).split(' ');
    Request r;
    r.method = requestLine.value(0);
    r.path = requestLine.value(1);
    r.headers = head;
    r.body = data.mid(end + 4, length);
    m_requests << r;
    if (m_hang)
        return; // accepted, never answered
    const int status = m_statuses.isEmpty() ? 200 : m_statuses.takeFirst();
    const QByteArray body = "{}";
    socket->write("HTTP/1.1 " + QByteArray::number(status)
        + " X\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size())
        + "\r\nConnection: close\r\n\r\n" + body);
    socket->disconnectFromHost();
}
