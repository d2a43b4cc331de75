// moctl-studio: parses the arguments and starts the application (app/studio/application.h).
#include "application.h"
#include "moctl_version.h"
#include "security/processsecurity.h"

#include <cstdio>
#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>

int main(int argc, char *argv[])
{
    moctl::hardenProcess(); // not dumpable; never a clear-text password (before any connection)
    QElapsedTimer sinceMain;
    sinceMain.start();
    // --version must work without a display.
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--version") == 0 || qstrcmp(argv[i], "-v") == 0) {
            std::printf("moctl-studio %s\n", MOCTL_VERSION_STRING);
            return 0;
        }
    }
    QApplication app(argc, argv);
    moctl::Application::setIdentity();
    // The translations (so --help is in the operator's language) are installed with the preferences.
    moctl::installTranslations(moctl::Preferences::load().language);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Maintenance for MatrixOne clusters"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);

    moctl::Application::Options options;
    options.startupClock = sinceMain;
    moctl::Application studio(options);
    studio.show();
    return app.exec();
}
