// moctl profiles list | show NAME | add NAME ... | remove NAME | export [NAME...] | import FILE
#include "cli_commands.h"
#include "connection/profilestore.h"
#include "connection/secretstore.h"
#include "security/processsecurity.h"
#include "security/textsafety.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace moctl::cli {

namespace {

void printProfilesUsage(QTextStream &out)
{
    out << QCoreApplication::translate("moctl::cli", "Usage:") << '\n'
        << "  moctl profiles list [--format json]\n"
        << "  moctl profiles show NAME [--format json]\n"
        << "  moctl profiles add NAME --host H [--port P] [--user U] [--group G] [--colour C] [--database "
           "D]\n"
        << "                     [--ssl-mode DISABLED|PREFERRED|REQUIRED|VERIFY_CA] [--ssl-ca F] [--ssl-cert "
           "F]\n"
        << "                     [--ssl-key F] (also --tls disabled|preferred|required|verify-ca, --ca-file "
           "F, --cert-file F)\n"
        << "                     [--key-file F] [--notes TEXT] [--tags T1,T2] [--password-stdin]\n"
        << "  moctl profiles tags NAME [--set T1,T2] [--add T]... [--remove T]...\n"
        << "  moctl profiles remove NAME\n"
        << "  moctl profiles export [NAME...] [--output FILE]\n"
        << "  moctl profiles import FILE|- [--replace]\n"
        << QCoreApplication::translate("moctl::cli",
               "The user may be account:user[:role] or account#user[#role]. add --password-stdin stores the "
               "password in the OS keychain; it is never written to the profiles file.")
        << '\n';
}

bool openStore(Context &context, ProfileStore &store)
{
    if (store.load())
        return true;
    context.err << "moctl: " << store.errorString() << '\n';
    context.err.flush();
    return false;
}

// --tags a,b (or repeated): each tag checked (no ',' or ':', at most 64 characters), then normalised.
std::optional<QStringList> parseTags(Context &context, const QStringList &values, int *rc)
{
    QStringList tags;
    for (const QString &value : values) {
        for (const QString &tag : value.split(u',')) {
            if (const QString problem = ConnectionProfile::tagProblem(tag.trimmed()); !problem.isEmpty()) {
                *rc = context.usageError(problem);
                return std::nullopt;
            }
            tags << tag;
        }
    }
    return ConnectionProfile::normalizeTags(tags);
}

QString tlsText(const ConnectionProfile &p)
{
    return ConnectionProfile::tlsModeName(p.tlsMode);
}

int list(Context &context, ProfileStore &store)
{
    if (!context.args.remaining().isEmpty())
        return context.usageError(QCoreApplication::translate("moctl::cli", "Unexpected argument %1.")
                                      .arg(context.args.remaining().first()));
    const QList<ConnectionProfile> profiles = store.profiles();
    if (context.format == OutputFormat::Json) {
        QJsonArray array;
        for (const ConnectionProfile &p : profiles)
            array.append(p.toJson());
        context.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        context.out.flush();
        return ExitOk;
    }
    if (context.format == OutputFormat::Csv) {
        context.out << QString::fromUtf8(
            csvLine({ u"name"_s, u"id"_s, u"group"_s, u"tags"_s, u"host"_s, u"port"_s, u"user"_s }));
        for (const ConnectionProfile &p : profiles)
            context.out << QString::fromUtf8(
                csvLine({ csvField(p.name), p.idString(), csvField(p.group), csvField(p.tags.join(u',')),
                    csvField(p.host), QString::number(p.port), csvField(p.composedUser()) }));
        context.out.flush();
        return ExitOk;
    }
    if (profiles.isEmpty()) {
        context.out << QCoreApplication::translate(
            "moctl::cli", "No profiles. Add one with: moctl profiles add NAME --host H --user U")
                    << '\n';
        context.out.flush();
        return ExitOk;
    }
    qsizetype nameWidth = 4, groupWidth = 5, tagsWidth = 4, addressWidth = 7;
    for (const ConnectionProfile &p : profiles) {
        nameWidth = qMax(nameWidth, p.name.size());
        groupWidth = qMax(groupWidth, p.group.size());
        tagsWidth = qMax(tagsWidth, p.tags.join(u',').size());
        addressWidth = qMax(addressWidth, p.host.size() + 6);
    }
    context.out << QCoreApplication::translate("moctl::cli", "NAME").leftJustified(nameWidth) << "  "
                << QCoreApplication::translate("moctl::cli", "GROUP").leftJustified(groupWidth) << "  "
                << QCoreApplication::translate("moctl::cli", "TAGS").leftJustified(tagsWidth) << "  "
                << QCoreApplication::translate("moctl::cli", "ADDRESS").leftJustified(addressWidth) << "  "
                << QCoreApplication::translate("moctl::cli", "USER") << '\n';
    for (const ConnectionProfile &p : profiles) {
        context.out << printable(p.name).leftJustified(nameWidth) << "  "
                    << printable(p.group).leftJustified(groupWidth) << "  "
                    << printable(p.tags.join(u',')).leftJustified(tagsWidth) << "  "
                    << u"%1:%2"_s.arg(printable(p.host)).arg(p.port).leftJustified(addressWidth) << "  "
                    << printable(p.composedUser()) << '\n';
    }
    context.out.flush();
    return ExitOk;
}

std::optional<ConnectionProfile> takeProfile(Context &context, ProfileStore &store, int *rc)
{
    const QStringList rest = context.args.remaining();
    if (rest.size() != 1) {
        *rc = context.usageError(rest.isEmpty()
                ? QCoreApplication::translate("moctl::cli", "Name the profile.")
                : QCoreApplication::translate("moctl::cli", "Unexpected argument %1.").arg(rest.at(1)));
        return std::nullopt;
    }
    auto profile = store.find(rest.first());
    if (!profile) {
        *rc = context.usageError(QCoreApplication::translate(
            "moctl::cli", "No profile is called \"%1\" (see moctl profiles list).")
                                     .arg(rest.first()));
        return std::nullopt;
    }
    return profile;
}

int show(Context &context, ProfileStore &store)
{
    int rc = ExitOk;
    const auto profile = takeProfile(context, store, &rc);
    if (!profile)
        return rc;
    const ConnectionProfile &p = *profile;
    if (context.format == OutputFormat::Json) {
        context.out << QString::fromUtf8(QJsonDocument(p.toJson()).toJson(QJsonDocument::Indented));
        context.out.flush();
        return ExitOk;
    }
    const auto line = [&context](const QString &label, const QString &value) {
        context.out << (label + u':').leftJustified(18) << printable(value) << '\n';
    };
    line(QCoreApplication::translate("moctl::cli", "Name"), p.name);
    line(QCoreApplication::translate("moctl::cli", "Id"), p.idString());
    line(QCoreApplication::translate("moctl::cli", "Group"), p.group);
    line(QCoreApplication::translate("moctl::cli", "Tags"), p.tags.join(u", "_s));
    line(QCoreApplication::translate("moctl::cli", "Colour"), p.colour);
    line(QCoreApplication::translate("moctl::cli", "Host"), p.host);
    line(QCoreApplication::translate("moctl::cli", "Port"), QString::number(p.port));
    line(QCoreApplication::translate("moctl::cli", "Account"), p.account.isEmpty() ? u"sys"_s : p.account);
    line(QCoreApplication::translate("moctl::cli", "User"), p.user);
    line(QCoreApplication::translate("moctl::cli", "Role"),
        p.role.isEmpty() ? QCoreApplication::translate("moctl::cli", "(default)") : p.role);
    line(QCoreApplication::translate("moctl::cli", "Sent as"), p.composedUser());
    line(QCoreApplication::translate("moctl::cli", "Database"), p.database);
    line(QCoreApplication::translate("moctl::cli", "TLS"), tlsText(p));
    if (!p.caFile.isEmpty())
        line(QCoreApplication::translate("moctl::cli", "CA file"), p.caFile);
    if (!p.certFile.isEmpty())
        line(QCoreApplication::translate("moctl::cli", "Certificate"), p.certFile);
    if (!p.keyFile.isEmpty())
        line(QCoreApplication::translate("moctl::cli", "Key file"), p.keyFile);
    line(QCoreApplication::translate("moctl::cli", "Connect timeout"),
        QCoreApplication::translate("moctl::cli", "%1 s").arg(p.connectTimeoutSec));
    line(QCoreApplication::translate("moctl::cli", "Read timeout"),
        QCoreApplication::translate("moctl::cli", "%1 s").arg(p.readTimeoutSec));
    line(QCoreApplication::translate("moctl::cli", "Confirm runs"),
        p.confirmsRuns() ? (p.confirmRuns ? QCoreApplication::translate("moctl::cli", "yes")
                                          : QCoreApplication::translate("moctl::cli", "yes (production)"))
                         : QCoreApplication::translate("moctl::cli", "no"));
    if (!p.notes.isEmpty())
        line(QCoreApplication::translate("moctl::cli", "Notes"), p.notes);
    context.out.flush();
    return ExitOk;
}

int add(Context &context, ProfileStore &store)
{
    QString error;
    ConnectionProfile p;
    const auto group = context.args.takeValue(u"--group"_s, &error);
    auto colour = context.args.takeValue(u"--colour"_s, &error);
    if (!colour)
        colour = context.args.takeValue(u"--color"_s, &error);
    const auto database = context.args.takeValue(u"--database"_s, &error);
    const auto tls = context.args.takeValue(u"--tls"_s, &error);
    const auto ca = context.args.takeValue(u"--ca-file"_s, &error);
    const auto cert = context.args.takeValue(u"--cert-file"_s, &error);
    const auto key = context.args.takeValue(u"--key-file"_s, &error);
    const auto notes = context.args.takeValue(u"--notes"_s, &error);
    const QStringList tagValues = context.args.takeValues(u"--tags"_s, &error);
    if (!error.isEmpty())
        return context.usageError(error);
    int tagsRc = ExitOk;
    const std::optional<QStringList> tags = parseTags(context, tagValues, &tagsRc);
    if (!tags)
        return tagsRc;
    p.tags = *tags;
    if (const QString unknown = context.args.firstUnknownOption(); !unknown.isEmpty())
        return context.usageError(
            QCoreApplication::translate("moctl::cli", "Unknown option %1 for profiles add.").arg(unknown));
    const QStringList rest = context.args.remaining();
    if (rest.size() != 1)
        return context.usageError(rest.isEmpty()
                ? QCoreApplication::translate("moctl::cli", "profiles add needs a NAME.")
                : QCoreApplication::translate("moctl::cli", "Unexpected argument %1.").arg(rest.at(1)));
    p.name = rest.first();
    if (!context.host)
        return context.usageError(QCoreApplication::translate("moctl::cli", "profiles add needs --host."));
    p.host = *context.host;
    if (context.port)
        p.port = *context.port;
    if (context.user) {
        const UserNameParts parts = p.setUserName(*context.user);
        if (!parts.ok())
            return context.usageError(parts.error);
    }
    if (group)
        p.group = *group;
    if (colour) {
        static const QRegularExpression hex(u"^#[0-9a-fA-F]{6}$"_s);
        if (!hex.match(*colour).hasMatch())
            return context.usageError(
                QCoreApplication::translate("moctl::cli", "--colour takes #rrggbb, for example #d32f2f."));
        p.colour = colour->toLower();
    }
    if (database)
        p.database = *database;
    if (tls) {
        const auto mode = ConnectionProfile::tlsModeFromName(*tls);
        if (!mode)
            return context.usageError(QCoreApplication::translate("moctl::cli",
                "--tls takes disabled, preferred, required or verify-ca (or --ssl-mode "
                "DISABLED|PREFERRED|REQUIRED|VERIFY_CA)."));
        p.tlsMode = *mode;
    }
    // The global --ssl-mode/--ssl-ca/--ssl-cert/--ssl-key (the mysql client's names) work here too.
    if (context.sslMode)
        p.tlsMode = *context.sslMode;
    p.caFile = ca.value_or(context.sslCa.value_or(QString()));
    p.certFile = cert.value_or(context.sslCert.value_or(QString()));
    p.keyFile = key.value_or(context.sslKey.value_or(QString()));
    p.notes = notes.value_or(QString());
    if (const QStringList problems = p.validate(); !problems.isEmpty())
        return context.usageError(problems.join(u' '));
    if (store.find(p.name) && store.find(p.name)->name.compare(p.name, Qt::CaseInsensitive) == 0)
        return context.usageError(QCoreApplication::translate(
            "moctl::cli", "A profile called \"%1\" already exists; remove it first.")
                                      .arg(p.name));
    // The password is read before anything is written so a failure leaves nothing half-done.
    std::optional<QString> password;
    if (context.passwordStdin)
        password = readPasswordFromStdin(context);
    if (!store.save(p, &error)) {
        context.err << "moctl: " << error << '\n';
        context.err.flush();
        return ExitUsage;
    }
    context.out
        << QCoreApplication::translate("moctl::cli", "Added profile \"%1\" (%2).").arg(p.name, p.idString())
        << '\n';
    int rc = ExitOk;
    if (password) {
        KeychainSecretStore keychain;
        const SecretStore::Result r = keychain.writeBlocking(p.idString(), *password);
        wipe(*password);
        if (r.ok()) {
            context.out << QCoreApplication::translate(
                "moctl::cli", "The password is stored in the keychain.")
                        << '\n';
        } else {
            // In words first; the keychain's own text (a D-Bus error) only as the technical detail.
            context.err << "moctl: "
                        << (r.status == SecretStore::Status::Unavailable
                                   ? QCoreApplication::translate("moctl::cli",
                                       "The password was NOT saved: no keychain (Secret Service) is "
                                       "available on this system.")
                                   : QCoreApplication::translate("moctl::cli",
                                       "The password was NOT saved: the keychain refused to store it."))
                        << '\n'
                        << "moctl: "
                        << QCoreApplication::translate("moctl::cli",
                               "The profile \"%1\" was saved without it. Give the password when connecting: "
                               "--password-stdin, or the MOCTL_PASSWORD environment variable.")
                               .arg(printable(p.name))
                        << '\n'
                        << "moctl: "
                        << QCoreApplication::translate("moctl::cli", "(keychain: %1)")
                               .arg(printable(r.message.trimmed()))
                        << '\n';
            rc = ExitSecretNotSaved;
        }
    }
    context.out.flush();
    context.err.flush();
    return rc;
}

// moctl profiles tags NAME [--set a,b] [--add t]... [--remove t]...: changes a profile's tags (nothing
// else), then prints them.
int tagsCommand(Context &context, ProfileStore &store)
{
    QString error;
    const QStringList setValues = context.args.takeValues(u"--set"_s, &error);
    const QStringList addValues = context.args.takeValues(u"--add"_s, &error);
    const QStringList removeValues = context.args.takeValues(u"--remove"_s, &error);
    if (!error.isEmpty())
        return context.usageError(error);
    if (const QString unknown = context.args.firstUnknownOption(); !unknown.isEmpty())
        return context.usageError(
            QCoreApplication::translate("moctl::cli", "Unknown option %1 for profiles tags.").arg(unknown));
    int rc = ExitOk;
    const auto profile = takeProfile(context, store, &rc);
    if (!profile)
        return rc;
    const auto set = parseTags(context, setValues, &rc);
    if (!set)
        return rc;
    const auto added = parseTags(context, addValues, &rc);
    if (!added)
        return rc;
    const auto removed = parseTags(context, removeValues, &rc);
    if (!removed)
        return rc;
    ConnectionProfile p = *profile;
    QStringList tags = setValues.isEmpty() ? p.tags : *set;
    tags << *added;
    tags.erase(
        std::remove_if(tags.begin(), tags.end(),
            [&removed](const QString &t) { return removed->contains(t.trimmed(), Qt::CaseInsensitive); }),
        tags.end());
    tags = ConnectionProfile::normalizeTags(tags);
    if (tags != p.tags) {
        p.tags = tags;
        if (!store.save(p, &error)) {
            context.err << "moctl: " << error << '\n';
            context.err.flush();
            return ExitUsage;
        }
    }
    if (context.format == OutputFormat::Json) {
        QJsonObject o;
        o.insert(u"name"_s, p.name);
        o.insert(u"id"_s, p.idString());
        o.insert(u"tags"_s, QJsonArray::fromStringList(p.tags));
        context.out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) << '\n';
    } else {
        context.out << printable(p.name) << ": "
                    << (p.tags.isEmpty() ? QCoreApplication::translate("moctl::cli", "(no tags)")
                                         : printable(p.tags.join(u", "_s)))
                    << '\n';
    }
    context.out.flush();
    return ExitOk;
}

int remove(Context &context, ProfileStore &store)
{
    int rc = ExitOk;
    const auto profile = takeProfile(context, store, &rc);
    if (!profile)
        return rc;
    QString error;
    if (!store.remove(profile->id, &error)) {
        context.err << "moctl: " << error << '\n';
        context.err.flush();
        return ExitUsage;
    }
    KeychainSecretStore keychain;
    const SecretStore::Result r = keychain.removeBlocking(profile->idString());
    context.out << QCoreApplication::translate("moctl::cli", "Removed profile \"%1\".").arg(profile->name)
                << '\n';
    if (r.status == SecretStore::Status::Failed)
        context.err << "moctl: " << r.message << '\n';
    context.out.flush();
    context.err.flush();
    return ExitOk;
}

// Writes the named profiles (all when none is named) as a profiles document, to stdout or --output.
// Passwords are never part of it.
int exportProfiles(Context &context, ProfileStore &store)
{
    QString error;
    const auto output = context.args.takeValue(u"--output"_s, &error);
    if (!error.isEmpty())
        return context.usageError(error);
    if (const QString unknown = context.args.firstUnknownOption(); !unknown.isEmpty())
        return context.usageError(
            QCoreApplication::translate("moctl::cli", "Unknown option %1 for profiles export.").arg(unknown));
    QList<ConnectionProfile> chosen;
    const QStringList names = context.args.remaining();
    if (names.isEmpty())
        chosen = store.profiles();
    for (const QString &name : names) {
        const auto profile = store.find(name);
        if (!profile)
            return context.usageError(QCoreApplication::translate(
                "moctl::cli", "No profile is called \"%1\" (see moctl profiles list).")
                                          .arg(name));
        if (!chosen.contains(*profile))
            chosen.append(*profile);
    }
    const QByteArray json = ProfileStore::toJson(chosen);
    if (!output || *output == u"-"_s) {
        context.out << QString::fromUtf8(json);
        context.out.flush();
        return ExitOk;
    }
    QSaveFile file(*output);
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit()) {
        context.err << "moctl: "
                    << QCoreApplication::translate("moctl::cli", "Cannot write %1: %2")
                           .arg(*output, file.errorString())
                    << '\n';
        context.err.flush();
        return ExitUsage;
    }
    context.out << QCoreApplication::translate(
        "moctl::cli", "Exported %n profile(s) to %1.", nullptr, int(chosen.size()))
                       .arg(*output)
                << '\n';
    context.out.flush();
    return ExitOk;
}

// Adds the profiles of a document (a file, or - for stdin). Same rule as the GUI's import
// (ProfileStore::importJson): an existing id is only updated when host, port and user are the same;
// otherwise the profile is added under a new id without a password, or, with --replace, replaces the
// existing one and its stored password is removed. A bad document changes nothing.
int importProfiles(Context &context, ProfileStore &store)
{
    const bool replace = context.args.takeFlag(u"--replace"_s);
    if (const QString unknown = context.args.firstUnknownOption(); !unknown.isEmpty() && unknown != u"-"_s)
        return context.usageError(
            QCoreApplication::translate("moctl::cli", "Unknown option %1 for profiles import.").arg(unknown));
    const QStringList rest = context.args.remaining();
    if (rest.size() != 1)
        return context.usageError(rest.isEmpty()
                ? QCoreApplication::translate(
                    "moctl::cli", "profiles import needs a FILE (or - for standard input).")
                : QCoreApplication::translate("moctl::cli", "Unexpected argument %1.").arg(rest.at(1)));
    const ProfileStore::ImportMode mode
        = replace ? ProfileStore::ImportMode::Replace : ProfileStore::ImportMode::KeepExisting;
    QString error;
    std::optional<ProfileStore::ImportReport> report;
    if (rest.first() == u"-"_s) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly)) {
            context.err << "moctl: "
                        << QCoreApplication::translate("moctl::cli", "Cannot read %1: %2")
                               .arg(rest.first(), in.errorString())
                        << '\n';
            context.err.flush();
            return ExitUsage;
        }
        const QByteArray json = in.read(MaxProfilesFileBytes + 1);
        if (json.size() > MaxProfilesFileBytes) {
            context.err
                << "moctl: "
                << QCoreApplication::translate("moctl::cli",
                       "The standard input is too large for a profiles document (the limit is %1 bytes).")
                       .arg(MaxProfilesFileBytes)
                << '\n';
            context.err.flush();
            return ExitUsage;
        }
        ProfileStore::ImportReport r;
        if (store.importJson(json, &error, mode, &r) >= 0)
            report = r;
    } else {
        report = store.importFile(rest.first(), mode, &error);
    }
    if (!report) {
        context.err << "moctl: " << error << '\n';
        context.err.flush();
        return ExitUsage;
    }
    // A replaced profile points elsewhere now: the password stored for its old target must not follow it.
    int rc = ExitOk;
    for (const ProfileStore::ImportedProfile &p : std::as_const(report->profiles)) {
        if (p.action != ProfileStore::ImportedProfile::Action::Replaced)
            continue;
        KeychainSecretStore keychain;
        const SecretStore::Result r = keychain.removeBlocking(p.id.toString(QUuid::WithoutBraces));
        if (r.status == SecretStore::Status::Failed) {
            context.err << "moctl: " << printable(r.message) << ' '
                        << QCoreApplication::translate("moctl::cli",
                               "The stored password of \"%1\" could not be removed; remove the profile to be "
                               "sure it is not sent to the new host.")
                               .arg(printable(p.name))
                        << '\n';
            rc = ExitSecretNotSaved;
        }
    }
    for (const QString &line : report->describe())
        context.out << printable(line) << '\n';
    context.out << QCoreApplication::translate("moctl::cli",
        "Imported %n profile(s). Passwords are not part of an export: "
        "store them with the profile editor or give MOCTL_PASSWORD.",
        nullptr, int(report->profiles.size()))
                << '\n';
    context.out.flush();
    context.err.flush();
    return rc;
}

} // namespace

int commandProfiles(Context &context)
{
    QStringList rest = context.args.remaining();
    QString sub;
    for (qsizetype i = 0; i < rest.size(); ++i) {
        if (!rest.at(i).startsWith(u'-')) {
            sub = rest.takeAt(i);
            break;
        }
    }
    context.args = Arguments(rest);
    if (sub.isEmpty() || sub == u"help"_s) {
        printProfilesUsage(sub.isEmpty() ? context.err : context.out);
        return sub.isEmpty() ? ExitUsage : ExitOk;
    }
    ProfileStore store(profilesPath(context));
    if (!openStore(context, store))
        return ExitUsage;
    if (sub == u"list"_s)
        return list(context, store);
    if (sub == u"show"_s)
        return show(context, store);
    if (sub == u"add"_s)
        return add(context, store);
    if (sub == u"tags"_s)
        return tagsCommand(context, store);
    if (sub == u"remove"_s || sub == u"rm"_s)
        return remove(context, store);
    if (sub == u"export"_s)
        return exportProfiles(context, store);
    if (sub == u"import"_s)
        return importProfiles(context, store);
    return context.usageError(QCoreApplication::translate(
        "moctl::cli", "Unknown profiles command \"%1\": use list, show, add, tags, remove, export or import.")
                                  .arg(sub));
}

} // namespace moctl::cli
