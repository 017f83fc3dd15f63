#pragma once
/// @file application.h  Entry point of the GUI: builds the QApplication and the main window.

namespace parallax::ui {

/// Runs the desktop app (parses --screenshot etc.); returns the process exit code.
int runApplication(int argc, char** argv);

}  // namespace parallax::ui
