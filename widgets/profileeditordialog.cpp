#include "profileeditordialog.h"

#include "connection/secretstore.h"
#include "discardguard.h"
#include "profilespanel.h"
#include "windowtitle.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace moctl {

namespace {

QIcon swatch(const QString &colour)
{
    QPixmap pixmap(14, 14);
    pixmap.fill(Qt::transparent);
    if (!colour.isEmpty()) {
        QPainter painter(&pixmap);
        painter.setPen(Qt::black);
        painter.setBrush(QColor(colour));
        painter.drawRect(0, 0, 13, 13);
    }
    return QIcon(pixmap);
}

} // namespace

QList<std::pair<QString, QString>> ProfileEditorDialog::colourPresets()
{
    return {
        { tr("None"), QString() },
        { tr("Red (production)"), ConnectionProfile::productionColour() },
        { tr("Amber (staging)"), u"#ffa000"_s },
        { tr("Green (development)"), u"#388e3c"_s },
        { tr("Blue"), u"#1976d2"_s },
        { tr("Purple"), u"#7b1fa2"_s },
        { tr("Grey"), u"#757575"_s },
    };
}

ProfileEditorDialog::ProfileEditorDialog(
    const ConnectionProfile &profile, SecretStore *secrets, QWidget *parent)
    : QDialog(parent)
    , m_original(profile)
    , m_secrets(secrets)
{
    setObjectName(u"ProfileEditorDialog"_s);
    setWindowTitle(profile.name.isEmpty() ? tr("New Profile") : tr("Edit Profile — %1").arg(profile.name));
    keepTitleWhole(this);
    m_tester = new ConnectionTester(this);
    connect(m_tester, &ConnectionTester::finished, this, &ProfileEditorDialog::showTestResult);
    buildUi();
    load(profile);
    revalidate();
    m_shown = this->profile();
}

ProfileEditorDialog::~ProfileEditorDialog() = default;

QLineEdit *ProfileEditorDialog::fileField(const QString &objectName, const QString &filter, QWidget **row)
{
    auto *container = new QWidget(this);
    auto *layout = new QHBoxLayout(container);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *edit = new QLineEdit(container);
    edit->setObjectName(objectName);
    auto *browse = new QToolButton(container);
    browse->setText(tr("…"));
    browse->setToolTip(tr("Choose a file"));
    browse->setAccessibleName(tr("Choose a file"));
    layout->addWidget(edit, 1);
    layout->addWidget(browse);
    connect(browse, &QToolButton::clicked, this, [this, edit, filter] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Choose a File"), edit->text(), filter);
        if (!file.isEmpty())
            edit->setText(file);
    });
    connect(edit, &QLineEdit::textChanged, this, &ProfileEditorDialog::revalidate);
    *row = container;
    return edit;
}

void ProfileEditorDialog::buildUi()
{
    // The fields scroll above the buttons: the whole form on a large screen, and on a 1024x700 one
    // (or at 200%) the dialog still fits with Save and Cancel in reach.
    auto *outer = new QVBoxLayout(this);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(u"formScroll"_s);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setFocusPolicy(Qt::NoFocus);
    auto *form = new QWidget(scroll);
    auto *main = new QVBoxLayout(form);
    main->setContentsMargins(0, 0, 0, 0);

    auto *general = new QGroupBox(tr("Profile"), this);
    auto *generalForm = new QFormLayout(general);
    m_name = new QLineEdit(general);
    m_name->setObjectName(u"name"_s);
    m_name->setPlaceholderText(tr("for example prod-eu"));
    m_group = new QComboBox(general);
    m_group->setObjectName(u"group"_s);
    m_group->setEditable(true);
    m_group->setInsertPolicy(QComboBox::NoInsert);
    m_tags = new QLineEdit(general);
    m_tags->setObjectName(u"tags"_s);
    m_tags->setPlaceholderText(tr("for example eu, tier-1"));
    m_tags->setAccessibleName(tr("Tags, separated by commas"));
    m_tags->setToolTip(tr("Labels separated by commas; a fleet plan can run on every profile with a tag "
                          "(tag:eu). Up to %1 characters each, without \":\".")
                           .arg(ConnectionProfile::MaxTagLength));
    m_colour = new QComboBox(general);
    m_colour->setObjectName(u"colour"_s);
    for (const auto &[title, value] : colourPresets())
        m_colour->addItem(swatch(value), title, value);
    generalForm->addRow(tr("&Name:"), m_name);
    generalForm->addRow(tr("&Group:"), m_group);
    generalForm->addRow(tr("T&ags:"), m_tags);
    generalForm->addRow(tr("&Colour:"), m_colour);
    m_confirmRuns = new QCheckBox(tr("Confirm &before running"), general);
    m_confirmRuns->setObjectName(u"confirmRuns"_s);
    m_confirmRuns->setToolTip(
        tr("Every run on this profile first says what it will send (kind, tables, cluster) "
           "and waits for a yes. On by default for production profiles (the red colour, or a "
           "group called production)."));
    generalForm->addRow(QString(), m_confirmRuns);
    main->addWidget(general);
    connect(m_confirmRuns, &QCheckBox::clicked, this, [this] { m_confirmTouched = true; });
    // Until the operator sets it, the box follows the default: on for production.
    const auto followDefault = [this] {
        if (!m_confirmTouched && !m_original.confirmRuns)
            m_confirmRuns->setChecked(profile().isProduction());
    };
    connect(m_colour, &QComboBox::currentIndexChanged, this, followDefault);
    connect(m_group, &QComboBox::currentTextChanged, this, followDefault);

    auto *server = new QGroupBox(tr("Server"), this);
    auto *serverForm = new QFormLayout(server);
    auto *hostRow = new QWidget(server);
    auto *hostLayout = new QHBoxLayout(hostRow);
    hostLayout->setContentsMargins(0, 0, 0, 0);
    m_host = new QLineEdit(hostRow);
    m_host->setObjectName(u"host"_s);
    m_host->setAccessibleName(tr("Host"));
    m_port = new QSpinBox(hostRow);
    m_port->setObjectName(u"port"_s);
    m_port->setRange(1, 65535);
    m_port->setAccessibleName(tr("Port"));
    hostLayout->addWidget(m_host, 1);
    hostLayout->addWidget(new QLabel(tr("Port:"), hostRow));
    hostLayout->addWidget(m_port);
    m_user = new QLineEdit(server);
    m_user->setObjectName(u"user"_s);
    m_user->setPlaceholderText(tr("user, account:user or account:user:role"));
    m_user->setToolTip(tr("MatrixOne user names may name the account and role: account:user:role or "
                          "account#user#role. A plain user belongs to the sys account."));
    m_userParts = new QLabel(server);
    m_userParts->setObjectName(u"userParts"_s);
    m_userParts->setTextFormat(Qt::PlainText);
    m_password = new QLineEdit(server);
    m_password->setObjectName(u"password"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_passwordStorage = new QComboBox(server);
    m_passwordStorage->setObjectName(u"passwordStorage"_s);
    m_passwordStorage->addItem(tr("Save in the system keychain"), int(PasswordStorage::Keychain));
    m_passwordStorage->addItem(tr("Remember for this session only"), int(PasswordStorage::Session));
    m_database = new QLineEdit(server);
    m_database->setObjectName(u"database"_s);
    m_database->setPlaceholderText(tr("optional"));
    serverForm->addRow(tr("&Host:"), hostRow);
    serverForm->addRow(tr("&User:"), m_user);
    serverForm->addRow(QString(), m_userParts);
    serverForm->addRow(tr("&Password:"), m_password);
    serverForm->addRow(QString(), m_passwordStorage);
    serverForm->addRow(tr("Default &database:"), m_database);
    main->addWidget(server);

    auto *security = new QGroupBox(tr("TLS and timeouts"), this);
    auto *securityForm = new QFormLayout(security);
    m_tls = new QComboBox(security);
    m_tls->setObjectName(u"tlsMode"_s);
    for (auto mode : { ConnectionProfile::TlsMode::Disabled, ConnectionProfile::TlsMode::Preferred,
             ConnectionProfile::TlsMode::Required, ConnectionProfile::TlsMode::VerifyCa,
             ConnectionProfile::TlsMode::VerifyIdentity }) // listed so a file's choice is never shown weaker;
                                                           // validate() refuses it
        m_tls->addItem(ConnectionProfile::tlsModeTitle(mode), int(mode));
    QWidget *caRow = nullptr, *certRow = nullptr, *keyRow = nullptr;
    const QString pem = tr("Certificates (*.pem *.crt *.cer *.key);;All files (*)");
    m_ca = fileField(u"caFile"_s, pem, &caRow);
    m_cert = fileField(u"certFile"_s, pem, &certRow);
    m_key = fileField(u"keyFile"_s, pem, &keyRow);
    m_connectTimeout = new QSpinBox(security);
    m_connectTimeout->setObjectName(u"connectTimeout"_s);
    m_connectTimeout->setRange(1, 3600);
    m_connectTimeout->setSuffix(tr(" s"));
    m_readTimeout = new QSpinBox(security);
    m_readTimeout->setObjectName(u"readTimeout"_s);
    m_readTimeout->setRange(1, 86400);
    m_readTimeout->setSuffix(tr(" s"));
    securityForm->addRow(tr("T&LS:"), m_tls);
    securityForm->addRow(tr("CA certificate:"), caRow);
    securityForm->addRow(tr("Client certificate:"), certRow);
    securityForm->addRow(tr("Client key:"), keyRow);
    // The labels name the rows; the fields inside them get the same names for screen readers.
    m_ca->setAccessibleName(tr("CA certificate file"));
    m_cert->setAccessibleName(tr("Client certificate file"));
    m_key->setAccessibleName(tr("Client key file"));
    securityForm->addRow(tr("C&onnect timeout:"), m_connectTimeout);
    securityForm->addRow(tr("&Read timeout:"), m_readTimeout);
    main->addWidget(security);

    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(u"notes"_s);
    m_notes->setPlaceholderText(tr("for example who owns the cluster, maintenance windows"));
    m_notes->setMaximumHeight(70);
    m_notes->setTabChangesFocus(true);
    auto *notesLabel = new QLabel(tr("Not&es:"), this);
    notesLabel->setBuddy(m_notes);
    main->addWidget(notesLabel);
    main->addWidget(m_notes);

    m_problems = new QLabel(this);
    m_problems->setObjectName(u"problems"_s);
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::PlainText);
    QPalette warning = m_problems->palette();
    warning.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28));
    m_problems->setPalette(warning);
    main->addWidget(m_problems);

    auto *testRow = new QHBoxLayout;
    m_test = new QPushButton(tr("&Test Connection"), this);
    m_test->setObjectName(u"testConnection"_s);
    m_test->setAutoDefault(false);
    testRow->addWidget(m_test);
    testRow->addStretch();
    main->addLayout(testRow);
    m_testResult = new QPlainTextEdit(this);
    m_testResult->setObjectName(u"testResult"_s);
    m_testResult->setReadOnly(true);
    m_testResult->setAccessibleName(tr("Connection test result"));
    m_testResult->setMaximumHeight(110);
    m_testResult->setPlaceholderText(
        tr("Test the connection to see the server version, the account and role, "
           "and whether mo_ctl is allowed."));
    main->addWidget(m_testResult);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    scroll->setWidget(form);
    outer->addWidget(scroll, 1);
    outer->addWidget(m_buttons);
    // As wide as the form needs (never a horizontal scroll bar); as tall as it needs when the screen
    // has the room.
    const int barWidth = scroll->verticalScrollBar()->sizeHint().width();
    scroll->setMinimumWidth(form->minimumSizeHint().width() + barWidth);
    const QSize full = form->sizeHint()
        + QSize(barWidth, m_buttons->sizeHint().height() + 3 * outer->spacing())
        + QSize(outer->contentsMargins().left() + outer->contentsMargins().right(),
            outer->contentsMargins().top() + outer->contentsMargins().bottom());
    const QScreen *screen = QGuiApplication::primaryScreen();
    const QSize room = screen ? screen->availableGeometry().size() - QSize(40, 80) : full;
    resize(full.boundedTo(room).expandedTo(minimumSizeHint()));

    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (problems().isEmpty())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_test, &QPushButton::clicked, this, &ProfileEditorDialog::testConnection);
    for (QLineEdit *edit : { m_name, m_host, m_database, m_tags })
        connect(edit, &QLineEdit::textChanged, this, &ProfileEditorDialog::revalidate);
    connect(m_user, &QLineEdit::textChanged, this, [this] {
        updateUserParts();
        revalidate();
    });
    connect(m_password, &QLineEdit::textEdited, this, [this] { m_passwordEdited = true; });
    connect(m_port, &QSpinBox::valueChanged, this, &ProfileEditorDialog::revalidate);
    connect(m_tls, &QComboBox::currentIndexChanged, this, &ProfileEditorDialog::revalidate);
    connect(m_group, &QComboBox::currentTextChanged, this, &ProfileEditorDialog::revalidate);
}

void ProfileEditorDialog::load(const ConnectionProfile &p)
{
    m_name->setText(p.name);
    m_group->setEditText(p.group);
    m_tags->setText(p.tags.join(u", "_s));
    int colourIndex = m_colour->findData(p.colour);
    if (colourIndex < 0 && !p.colour.isEmpty()) {
        m_colour->addItem(swatch(p.colour), p.colour, p.colour);
        colourIndex = m_colour->count() - 1;
    }
    m_colour->setCurrentIndex(qMax(0, colourIndex));
    m_confirmRuns->setChecked(p.confirmsRuns());
    m_host->setText(p.host);
    m_port->setValue(p.port);
    m_user->setText(p.composedUser());
    m_password->clear();
    m_password->setPlaceholderText(p.name.isEmpty() ? QString() : tr("unchanged"));
    m_database->setText(p.database);
    m_tls->setCurrentIndex(qMax(0, m_tls->findData(int(p.tlsMode))));
    m_ca->setText(p.caFile);
    m_cert->setText(p.certFile);
    m_key->setText(p.keyFile);
    m_connectTimeout->setValue(p.connectTimeoutSec);
    m_readTimeout->setValue(p.readTimeoutSec);
    m_notes->setPlainText(p.notes);
    updateUserParts();
}

void ProfileEditorDialog::setGroups(const QStringList &groups)
{
    const QString current = m_group->currentText();
    m_group->clear();
    m_group->addItems(groups);
    m_group->setEditText(current);
}

void ProfileEditorDialog::setTakenNames(const QStringList &names)
{
    m_takenNames = names;
    revalidate();
}

ConnectionProfile ProfileEditorDialog::profile() const
{
    ConnectionProfile p = m_original;
    p.name = m_name->text().trimmed();
    p.group = m_group->currentText().trimmed();
    p.tags = ConnectionProfile::normalizeTags(m_tags->text().split(u','));
    p.colour = m_colour->currentData().toString();
    p.host = m_host->text().trimmed();
    p.port = m_port->value();
    const UserNameParts parts = parseUserName(m_user->text());
    p.account = parts.ok() ? parts.account : QString();
    p.user = parts.ok() ? parts.user : m_user->text().trimmed();
    p.role = parts.ok() ? parts.role : QString();
    p.database = m_database->text().trimmed();
    p.tlsMode = ConnectionProfile::TlsMode(m_tls->currentData().toInt());
    p.caFile = m_ca->text().trimmed();
    p.certFile = m_cert->text().trimmed();
    p.keyFile = m_key->text().trimmed();
    p.connectTimeoutSec = m_connectTimeout->value();
    p.readTimeoutSec = m_readTimeout->value();
    p.notes = m_notes->toPlainText();
    p.confirmRuns = m_confirmTouched ? std::optional(m_confirmRuns->isChecked()) : m_original.confirmRuns;
    return p;
}

bool ProfileEditorDialog::isModified() const
{
    return m_passwordEdited || !(profile() == m_shown);
}

void ProfileEditorDialog::reject()
{
    if (isModified()) {
        const QString what
            = m_original.name.isEmpty() ? tr("the new profile") : tr("the profile %1").arg(m_original.name);
        if (!askDiscardChanges(this, what))
            return;
    }
    QDialog::reject();
}

std::optional<QString> ProfileEditorDialog::newPassword() const
{
    if (!m_passwordEdited)
        return std::nullopt;
    return m_password->text();
}

ProfileEditorDialog::PasswordStorage ProfileEditorDialog::passwordStorage() const
{
    return PasswordStorage(m_passwordStorage->currentData().toInt());
}

QStringList ProfileEditorDialog::problems() const
{
    QStringList result;
    const UserNameParts parts = parseUserName(m_user->text());
    if (!parts.ok())
        result << parts.error;
    const ConnectionProfile p = profile();
    for (const QString &problem : p.validate()) {
        if (!parts.ok() && problem.contains(u"\":\""_s))
            continue; // already explained by the user-name error
        result << problem;
    }
    for (const QString &taken : m_takenNames) {
        if (taken.compare(p.name, Qt::CaseInsensitive) == 0) {
            result << tr("Another profile is already called \"%1\".").arg(taken);
            break;
        }
    }
    return result;
}

void ProfileEditorDialog::revalidate()
{
    const QStringList list = problems();
    m_problems->setText(list.join(u'\n'));
    m_problems->setVisible(!list.isEmpty());
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(list.isEmpty());
    const bool tls
        = ConnectionProfile::TlsMode(m_tls->currentData().toInt()) != ConnectionProfile::TlsMode::Disabled;
    for (QLineEdit *edit : { m_ca, m_cert, m_key })
        edit->parentWidget()->setEnabled(tls);
}

void ProfileEditorDialog::updateUserParts()
{
    const UserNameParts parts = parseUserName(m_user->text());
    if (!parts.ok()) {
        m_userParts->setText(QString());
        return;
    }
    m_userParts->setText(tr("Account: %1 · User: %2 · Role: %3")
                             .arg(parts.account.isEmpty() ? u"sys"_s : parts.account, parts.user,
                                 parts.role.isEmpty() ? tr("default") : parts.role));
}

bool ProfileEditorDialog::isTesting() const
{
    return m_tester->isRunning();
}

void ProfileEditorDialog::testConnection()
{
    const QStringList list = problems();
    if (!list.isEmpty()) {
        m_testResult->setPlainText(tr("Fix the profile first: %1").arg(list.join(u' ')));
        return;
    }
    m_test->setEnabled(false);
    m_testResult->setPlainText(tr("Testing the connection…"));
    if (!m_passwordEdited && m_secrets && !m_original.name.isEmpty()) {
        // Existing profile, password not retyped: use the stored one (asynchronously).
        m_secrets->read(m_original.idString(), this, [this](const SecretStore::Result &result) {
            if (!result.ok() && result.status != SecretStore::Status::NotFound) {
                // Say what went wrong with the keychain instead of testing without a password.
                m_test->setEnabled(true);
                m_testResult->setPlainText(tr("%1 Type the password above to test with it.")
                                               .arg(ProfilesPanel::keychainProblem(result, m_original.name)));
                return;
            }
            startTest(result.ok() ? result.secret : QString());
        });
        return;
    }
    startTest(m_password->text());
}

void ProfileEditorDialog::startTest(const QString &password)
{
    m_tester->start(profile().toSettings(password));
}

void ProfileEditorDialog::showTestResult(const ConnectionTestResult &result)
{
    m_test->setEnabled(true);
    m_testResult->setPlainText(result.summaryLines().join(u'\n'));
    Q_EMIT testFinished(result);
}

} // namespace moctl
