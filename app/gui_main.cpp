#include "ui/application.h"

int main(int argc, char** argv) { return parallax::ui::runApplication(argc, argv); }
