import { Global, Module } from '@nestjs/common';
import { AccessRepository } from './access.repository';
import { AccessService } from './access.service';
import { ClientsController } from './clients.controller';
import { ClientsRepository } from './clients.repository';
import { ClientsService } from './clients.service';

@Global()
@Module({
  controllers: [ClientsController],
  providers: [ClientsService, ClientsRepository, AccessService, AccessRepository],
  exports: [AccessService, AccessRepository],
})
export class ClientsModule {}
